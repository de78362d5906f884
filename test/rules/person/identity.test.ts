import type { Application } from '../../../server/src/domain/application';
import { personIdExpired } from '../../../server/src/domain/rules/person/id-expired';
import { personIdExpiringSoon } from '../../../server/src/domain/rules/person/id-expiring-soon';
import { personIdInvalid } from '../../../server/src/domain/rules/person/id-invalid';
import { personNameMissing } from '../../../server/src/domain/rules/person/name-missing';
import { residentIdCheckCharacter } from '../../../server/src/domain/rules/lib/resident-id';
import { curtainApplication } from '../support/applications';
import { rulePaths } from '../support/run-rule';

type Mutation = (app: Application) => void;

const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);

describe('person.name.missing', () => {
  test.each<[string, Mutation, string[]]>([
    ['all names present', () => {}, []],
    ['website principal without a name', (app) => { app.websites[0].principal.name = ''; }, ['websites[0].principal.name']],
    ['legal person without a name', (app) => { app.entity.legalPerson!.name = ''; }, ['entity.legalPerson.name']],
    ['entity principal with a blank name', (app) => { app.entity.principal.name = ' '; }, ['entity.principal.name']],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(personNameMissing, app)).toEqual(expected);
  });
});

describe('person.id.invalid', () => {
  const setPrincipal = (idType: Application['websites'][0]['principal']['idType'], idNumber: string): Mutation => (app) => {
    app.websites[0].principal.idType = idType;
    app.websites[0].principal.idNumber = idNumber;
  };
  const path = ['websites[0].principal.idNumber'];

  test.each<[string, Mutation, string[]]>([
    ['valid resident ID', () => {}, []],
    ['lower-case x', setPrincipal('resident_id', '35010219920903069x'), []],
    ['wrong check character', setPrincipal('resident_id', '350102199209030691'), path],
    ['15-digit number', setPrincipal('resident_id', '350102920903069'), path],
    ['birth date not real', setPrincipal('resident_id', withCheck('35010219920231069')), path],
    ['birth date after submission', setPrincipal('resident_id', withCheck('35010220261111069')), path],
    ['residence permit of Hong Kong', setPrincipal('hmt_residence_permit', withCheck('81000019920903069')), []],
    ['residence permit with a mainland prefix', setPrincipal('hmt_residence_permit', '35010219920903069X'), path],
    ['Hong Kong and Macao permit, 8 digits', setPrincipal('hk_macau_permit', 'H12345678'), []],
    ['Hong Kong and Macao permit, 10 digits', setPrincipal('hk_macau_permit', 'M1234567890'), []],
    ['Hong Kong and Macao permit, 9 digits', setPrincipal('hk_macau_permit', 'H123456789'), path],
    ['Taiwan permit', setPrincipal('taiwan_permit', '12345678'), []],
    ['Taiwan permit with a letter', setPrincipal('taiwan_permit', 'T1234567'), path],
    ['passport of 5 characters', setPrincipal('passport', 'E1234'), []],
    ['passport of 4 characters', setPrincipal('passport', 'E123'), path],
    ['passport of 18 characters', setPrincipal('passport', 'E12345678901234567'), path],
    ['permanent residence, 15 characters', setPrincipal('foreign_permanent_residence', 'USA123456789012'), []],
    ['permanent residence, 18 digits', setPrincipal('foreign_permanent_residence', '911234199001011234'), []],
    ['permanent residence, 16 characters', setPrincipal('foreign_permanent_residence', 'USA1234567890123'), path],
    ['empty number', setPrincipal('resident_id', ''), []],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(personIdInvalid, app)).toEqual(expected);
  });
});

describe('person.id.expired and person.id.expiring_soon', () => {
  // Submitted 2026-11-10: 3 months later is 2027-02-10.
  test.each<[string, string, string[], string[]]>([
    ['long term', 'long_term', [], []],
    ['far ahead', '2032-09-02', [], []],
    ['exactly 3 months', '2027-02-10', [], []],
    ['one day less than 3 months', '2027-02-09', [], ['websites[0].principal.idValidUntil']],
    ['on the submission day', '2026-11-10', [], ['websites[0].principal.idValidUntil']],
    ['the day before', '2026-11-09', ['websites[0].principal.idValidUntil'], []],
  ])('%s', (_label, until, expired, expiring) => {
    const app = curtainApplication();
    app.websites[0].principal.idValidUntil = until;
    expect(rulePaths(personIdExpired, app)).toEqual(expired);
    expect(rulePaths(personIdExpiringSoon, app)).toEqual(expiring);
  });

  test('clamps 3 months to the end of a shorter month', () => {
    const app = curtainApplication();
    app.websites[0].principal.idValidUntil = '2027-02-27';
    expect(rulePaths(personIdExpiringSoon, app, { today: '2026-11-30' })).toEqual(['websites[0].principal.idValidUntil']);
    app.websites[0].principal.idValidUntil = '2027-02-28';
    expect(rulePaths(personIdExpiringSoon, app, { today: '2026-11-30' })).toEqual([]);
  });

  test('a legal person without a validity date is skipped', () => {
    const app = curtainApplication();
    delete app.entity.legalPerson!.idValidUntil;
    expect(rulePaths(personIdExpired, app)).toEqual([]);
  });
});
