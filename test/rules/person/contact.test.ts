import type { Application } from '../../../server/src/domain/application';
import { personEmailInvalid } from '../../../server/src/domain/rules/person/email-invalid';
import { personEmailShared } from '../../../server/src/domain/rules/person/email-shared';
import { personEmergencyPhoneDuplicate } from '../../../server/src/domain/rules/person/emergency-phone-duplicate';
import { personMobileInvalid } from '../../../server/src/domain/rules/person/mobile-invalid';
import { personMobileOtherEntity } from '../../../server/src/domain/rules/person/mobile-other-entity';
import { personMobileShared } from '../../../server/src/domain/rules/person/mobile-shared';
import { changeApplication, curtainApplication, unitApplication } from '../support/applications';
import { buildOthersView } from '../support/context';
import { rulePaths } from '../support/run-rule';

type Mutation = (app: Application) => void;

describe('person.mobile.invalid', () => {
  const setMobile = (mobile: string): Mutation => (app) => { app.websites[0].principal.mobile = mobile; };
  const path = ['websites[0].principal.mobile'];

  test.each<[string, Mutation, string[]]>([
    ['plain mobile', () => {}, []],
    ['full-width digits', setMobile('１３８０６０１５６７８'), []],
    ['with +86 and dashes', setMobile('+86 138-0601-5678'), []],
    ['with 0086', setMobile('0086 13806015678'), []],
    ['second digit 2', setMobile('12806015678'), path],
    ['10 digits', setMobile('1380601567'), path],
    ['landline', setMobile('0592-5678901'), path],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(personMobileInvalid, app)).toEqual(expected);
  });
});

describe('person.email.invalid', () => {
  const setEmail = (email: string): Mutation => (app) => { app.websites[0].principal.email = email; };
  const path = ['websites[0].principal.email'];

  test.each<[string, Mutation, string[]]>([
    ['plain address', () => {}, []],
    ['internationalised domain', setEmail('info@溪岚茶事.中国'), []],
    ['upper-case domain', setEmail('Huang@Example.CN'), []],
    ['without @', setEmail('huangzhiyuan.example.cn'), path],
    ['without a top-level domain', setEmail('huang@example'), path],
    ['with a space', setEmail('huang zhiyuan@example.cn'), path],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(personEmailInvalid, app)).toEqual(expected);
  });
});

describe('person.mobile.shared', () => {
  test.each<[string, Mutation, string[]]>([
    ['distinct mobiles', () => {}, []],
    ['website principal uses the entity principal mobile', (app) => { app.websites[0].principal.mobile = '13959201234'; }, ['websites[0].principal.mobile']],
    ['same mobile written differently', (app) => { app.websites[0].principal.mobile = '+86 139-5920-1234'; }, ['websites[0].principal.mobile']],
    ['legal person uses the entity principal mobile', (app) => { app.entity.legalPerson!.mobile = '13959201234'; }, ['entity.legalPerson.mobile']],
    ['same person in two roles', (app) => { app.websites[0].principal = structuredClone(app.entity.principal); }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(personMobileShared, app)).toEqual(expected);
  });

  test('the same person across websites is one person', () => {
    expect(rulePaths(personMobileShared, unitApplication())).toEqual([]);
  });
});

describe('person.email.shared', () => {
  test.each<[string, Mutation, string[]]>([
    ['distinct emails', () => {}, []],
    ['another person gives the same email', (app) => { app.websites[0].principal.email = 'linxiaozhou@example.cn'; }, ['websites[0].principal.email']],
    ['same email with upper-case domain', (app) => { app.websites[0].principal.email = 'linxiaozhou@EXAMPLE.cn'; }, ['websites[0].principal.email']],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(personEmailShared, app)).toEqual(expected);
  });
});

describe('person.emergency_phone.duplicate', () => {
  test.each<[string, Mutation, string[]]>([
    ['distinct phones', () => {}, []],
    ['equals the entity principal mobile', (app) => { app.websites[0].principal.emergencyPhone = '13959201234'; }, ['websites[0].principal.emergencyPhone']],
    ['equals the own mobile', (app) => { app.entity.principal.emergencyPhone = '139 5920 1234'; }, ['entity.principal.emergencyPhone']],
    ['equals the legal person mobile only', (app) => { app.websites[0].principal.emergencyPhone = '13906001287'; }, []],
    ['legal person emergency phone equals a principal mobile', (app) => { app.entity.legalPerson!.emergencyPhone = '13806015678'; }, ['entity.legalPerson.emergencyPhone']],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(personEmergencyPhoneDuplicate, app)).toEqual(expected);
  });

  test('a landline emergency phone passes', () => {
    expect(rulePaths(personEmergencyPhoneDuplicate, changeApplication())).toEqual([]);
  });
});

describe('person.mobile.other_entity', () => {
  test('finds a mobile that serves another entity', () => {
    const app = curtainApplication();
    const other = unitApplication();
    other.entity.principal.mobile = '13959201234';
    const others = buildOthersView(app, { applications: [other] });
    expect(rulePaths(personMobileOtherEntity, app, { others })).toEqual(['entity.principal.mobile']);
  });

  test('ignores the entity\'s own submissions', () => {
    const app = curtainApplication();
    const others = buildOthersView(app, { applications: [curtainApplication()] });
    expect(rulePaths(personMobileOtherEntity, app, { others })).toEqual([]);
  });

  test('ignores rows of the same entity that the view still holds', () => {
    const app = curtainApplication();
    const others = buildOthersView(app, { applications: [] });
    others.principalMobiles.set('13959201234', [
      { submissionId: 's1', reference: 'BA-1', status: 'approved', certificateNumber: '91350203582431707X' },
    ]);
    expect(rulePaths(personMobileOtherEntity, app, { others })).toEqual([]);
  });
});
