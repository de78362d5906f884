import type { Application } from '../../../server/src/domain/application';
import { entityInvestorUnusual } from '../../../server/src/domain/rules/entity/investor-unusual';
import { entityNameMissing } from '../../../server/src/domain/rules/entity/name-missing';
import { entityNameNotPrincipal } from '../../../server/src/domain/rules/entity/name-not-principal';
import { curtainApplication, individualApplication } from '../support/applications';
import { rulePaths } from '../support/run-rule';

type Mutation = (app: Application) => void;

describe('entity.name.missing', () => {
  test.each<[string, Mutation, string[]]>([
    ['name present', () => {}, []],
    ['empty name', (app) => { app.entity.name = ''; }, ['entity.name']],
    ['full-width spaces only', (app) => { app.entity.name = '　　'; }, ['entity.name']],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(entityNameMissing, app)).toEqual(expected);
  });
});

describe('entity.name.not_principal', () => {
  test.each<[string, Mutation, string[]]>([
    ['individual named as principal', () => {}, []],
    ['individual named otherwise', (app) => { app.entity.principal.name = '周济川'; }, ['entity.name']],
    ['full-width space around the name', (app) => { app.entity.name = '　周霁川'; }, []],
    ['empty principal name', (app) => { app.entity.principal.name = ''; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = individualApplication();
    mutate(app);
    expect(rulePaths(entityNameNotPrincipal, app)).toEqual(expected);
  });

  test('units are not compared', () => {
    const app = curtainApplication();
    expect(rulePaths(entityNameNotPrincipal, app)).toEqual([]);
  });
});

describe('entity.investor.unusual', () => {
  test.each<[string, Mutation, string[]]>([
    ['investor is the entity', () => {}, []],
    ['investor is the legal person', (app) => { app.entity.investor = '陈国栋'; }, []],
    ['investor absent', (app) => { delete app.entity.investor; }, ['entity.investor']],
    ['investor empty', (app) => { app.entity.investor = ''; }, ['entity.investor']],
    ['investor is another company', (app) => { app.entity.investor = '厦门溪岚控股有限公司'; }, ['entity.investor']],
    ['entity name empty, investor is the legal person', (app) => { app.entity.name = ''; app.entity.investor = '陈国栋'; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(entityInvestorUnusual, app)).toEqual(expected);
  });

  test('individuals need no investor', () => {
    expect(rulePaths(entityInvestorUnusual, individualApplication())).toEqual([]);
  });
});
