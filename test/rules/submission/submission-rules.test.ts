import type { Application, Website } from '../../../server/src/domain/application';
import { submissionChangeNothingChanged } from '../../../server/src/domain/rules/submission/change-nothing-changed';
import { submissionWebsitesMissing } from '../../../server/src/domain/rules/submission/websites-missing';
import { submissionWebsitesTooManyNew } from '../../../server/src/domain/rules/submission/websites-too-many-new';
import { changeApplication, curtainApplication, unitApplication } from '../support/applications';
import { rulePaths } from '../support/run-rule';

function newWebsite(app: Application, domain: string): Website {
  return { ...structuredClone(app.websites[app.websites.length - 1]), status: 'new', domains: [domain] };
}

describe('submission.websites.missing', () => {
  test.each<[string, (app: Application) => void, string[]]>([
    ['one new website', () => {}, []],
    ['no website', (app) => { app.websites = []; }, ['websites']],
    ['only existing websites', (app) => { app.websites[0].status = 'existing'; }, ['websites']],
    ['change without new websites', (app) => { app.type = 'change'; app.websites[0].status = 'modified'; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(submissionWebsitesMissing, app)).toEqual(expected);
  });
});

describe('submission.websites.too_many_new', () => {
  test.each<[string, () => Application, number, string[]]>([
    ['new_website with 3 new', unitApplication, 2, []],
    ['new_website with 4 new', unitApplication, 3, ['websites']],
    ['change with 4 new', changeApplication, 3, ['websites']],
    ['new_filing with 4 new', curtainApplication, 3, []],
  ])('%s', (_label, base, added, expected) => {
    const app = base();
    for (let n = 0; n < added; n += 1) app.websites.push(newWebsite(app, `extra-${n}.cn`));
    expect(rulePaths(submissionWebsitesTooManyNew, app)).toEqual(expected);
  });
});

describe('submission.change.nothing_changed', () => {
  function unchanged(): Application {
    const app = changeApplication();
    app.websites = structuredClone(app.previous!.websites);
    return app;
  }

  test.each<[string, (app: Application) => void, string[]]>([
    ['equal to previous', () => {}, ['previous']],
    ['equal except website status', (app) => { app.websites[0].status = 'modified'; }, ['previous']],
    ['equal after normalisation', (app) => { app.entity.principal.mobile = '+86 139-2380-7716'; }, ['previous']],
    ['empty optional value versus absent', (app) => { app.entity.principal.emergencyPhone = ''; delete app.previous!.entity.principal.emergencyPhone; }, ['previous']],
    ['website renamed', (app) => { app.websites[0].name = '蓝汐智家体验馆'; }, []],
    ['website added', (app) => { app.websites.push(newWebsite(app, 'lanxihome.cn')); }, []],
    ['legal person removed', (app) => { delete app.entity.legalPerson; }, []],
    ['legal person only now', (app) => { delete app.previous!.entity.legalPerson; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = unchanged();
    mutate(app);
    expect(rulePaths(submissionChangeNothingChanged, app)).toEqual(expected);
  });

  test('other types are not compared', () => {
    const app = unchanged();
    app.type = 'new_website';
    expect(rulePaths(submissionChangeNothingChanged, app)).toEqual([]);
  });
});
