import type { Application, Person } from '../../../server/src/domain/application';
import { websitePrincipalForeignLegalPerson } from '../../../server/src/domain/rules/website/principal-foreign-legal-person';
import { websitePrincipalInconsistent } from '../../../server/src/domain/rules/website/principal-inconsistent';
import { websitePrincipalUnderAge } from '../../../server/src/domain/rules/website/principal-under-age';
import { residentIdCheckCharacter } from '../../../server/src/domain/rules/lib/resident-id';
import { curtainApplication, individualApplication, unitApplication } from '../support/applications';
import { buildOthersView } from '../support/context';
import { rulePaths } from '../support/run-rule';

const otherPrincipal: Person = {
  name: '吴佳怡',
  idType: 'resident_id',
  idNumber: '330106199509110626',
  idValidUntil: '2035-09-10',
  mobile: '13867124409',
  email: 'wujiayi@example.com',
};

describe('website.principal.inconsistent', () => {
  test.each<[string, (app: Application) => void, string[]]>([
    ['one principal for all websites', () => {}, []],
    ['second website names another principal', (app) => { app.websites[1].principal = { ...otherPrincipal }; }, ['websites[1].principal.idNumber']],
    ['same number in lower case', (app) => { app.websites[1].principal.idNumber = '330102199006142487'.toLowerCase(); }, []],
    ['first website differs from the others', (app) => {
      app.websites[0].principal = { ...otherPrincipal };
    }, ['websites[1].principal.idNumber']],
  ])('%s', (_label, mutate, expected) => {
    const app = unitApplication();
    mutate(app);
    expect(rulePaths(websitePrincipalInconsistent, app)).toEqual(expected);
  });

  test('compares with the approved websites of the entity', () => {
    const app = unitApplication();
    const approved = unitApplication();
    approved.websites.forEach((website) => { website.principal = { ...otherPrincipal }; });
    const others = buildOthersView(app, { applications: [approved], status: 'approved' });
    expect(rulePaths(websitePrincipalInconsistent, app, { others })).toEqual([
      'websites[0].principal.idNumber',
      'websites[1].principal.idNumber',
    ]);
  });

  test('ignores pending submissions of the entity', () => {
    const app = unitApplication();
    const pending = unitApplication();
    pending.websites.forEach((website) => { website.principal = { ...otherPrincipal }; });
    const others = buildOthersView(app, { applications: [pending] });
    expect(rulePaths(websitePrincipalInconsistent, app, { others })).toEqual([]);
  });
});

describe('website.principal.under_age', () => {
  const idBornOn = (prefix: string, birth: string) => {
    const first17 = `${prefix}${birth.replace(/-/g, '')}035`;
    return first17 + residentIdCheckCharacter(first17);
  };
  const shandong = (birth: string, mutate: (app: Application) => void = () => {}) => {
    const app = curtainApplication();
    app.entity.region = { province: '370000', city: '370200', district: '370202' };
    app.websites[0].principal.idNumber = idBornOn('370202', birth);
    mutate(app);
    return app;
  };
  const path = ['websites[0].principal.idNumber'];

  test.each<[string, Application, string[]]>([
    ['18 on the submission day', shandong('2008-11-10'), []],
    ['one day short of 18', shandong('2008-11-11'), path],
    ['invalid number is not read', shandong('2008-11-11', (app) => { app.websites[0].principal.idNumber = '370202200811110350'; }), []],
    ['passport holder is not read', shandong('2008-11-11', (app) => { app.websites[0].principal.idType = 'passport'; app.websites[0].principal.idNumber = 'E12345678'; }), []],
  ])('Shandong unit: %s', (_label, app, expected) => {
    expect(rulePaths(websitePrincipalUnderAge, app)).toEqual(expected);
  });

  test.each<[string, string, string, string[]]>([
    ['Fujian has no minimum', '350000', '2010-01-01', []],
    ['Guangdong units need 16', '440000', '2011-01-01', ['websites[0].principal.idNumber']],
    ['Guangdong units at 16', '440000', '2010-11-10', []],
    ['Zhejiang minimum is for individuals only', '330000', '2010-01-01', []],
  ])('%s', (_label, province, birth, expected) => {
    const app = curtainApplication();
    app.entity.region.province = province;
    app.websites[0].principal.idNumber = idBornOn('350102', birth);
    expect(rulePaths(websitePrincipalUnderAge, app)).toEqual(expected);
  });

  test('Jiangsu individuals need 16', () => {
    const app = individualApplication();
    app.websites[0].principal.idNumber = idBornOn('320102', '2011-01-01');
    expect(rulePaths(websitePrincipalUnderAge, app)).toEqual(['websites[0].principal.idNumber']);
  });
});

describe('website.principal.foreign_legal_person', () => {
  const foreignLegalPerson = (app: Application) => {
    app.entity.legalPerson = {
      name: 'Lukas Brenner',
      idType: 'passport',
      idNumber: 'C7Y4K2R91',
      residency: 'foreign',
    };
  };

  test.each<[string, (app: Application) => void, string[]]>([
    ['mainland legal person as principal', (app) => {
      app.websites[0].principal = { ...app.websites[0].principal, idNumber: app.entity.legalPerson!.idNumber };
    }, []],
    ['foreign legal person, another principal', foreignLegalPerson, []],
    ['foreign legal person as principal', (app) => {
      foreignLegalPerson(app);
      app.websites[0].principal = { ...app.websites[0].principal, idType: 'passport', idNumber: 'C7Y4K2R91' };
    }, ['websites[0].principal']],
    ['Hong Kong resident with a mainland-style document', (app) => {
      app.entity.legalPerson!.residency = 'hk';
      app.websites[0].principal = { ...app.websites[0].principal, idNumber: app.entity.legalPerson!.idNumber };
    }, ['websites[0].principal']],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(websitePrincipalForeignLegalPerson, app)).toEqual(expected);
  });
});
