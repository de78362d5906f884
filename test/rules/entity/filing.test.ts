import type { Application } from '../../../server/src/domain/application';
import { entityFilingNumberInvalid } from '../../../server/src/domain/rules/entity/filing-number-invalid';
import { entityFilingNumberProvinceMismatch } from '../../../server/src/domain/rules/entity/filing-number-province-mismatch';
import { entityFilingPasswordInvalid } from '../../../server/src/domain/rules/entity/filing-password-invalid';
import { entityInProgress } from '../../../server/src/domain/rules/entity/in-progress';
import { curtainApplication, individualApplication, unitApplication } from '../support/applications';
import { buildOthersView } from '../support/context';
import { rulePaths } from '../support/run-rule';

type Mutation = (app: Application) => void;

describe('entity.filing_number.invalid', () => {
  test.each<[string, Mutation, string[]]>([
    ['8 digits', (app) => { app.entity.filingNumber = '浙ICP备20240123号'; }, []],
    ['10 digits', () => {}, []],
    ['9 digits', (app) => { app.entity.filingNumber = '浙ICP备202401234号'; }, ['entity.filingNumber']],
    ['with a website suffix', (app) => { app.entity.filingNumber = '浙ICP备2024012345号-1'; }, ['entity.filingNumber']],
    ['unknown province', (app) => { app.entity.filingNumber = '港ICP备2024012345号'; }, ['entity.filingNumber']],
    ['lower-case icp', (app) => { app.entity.filingNumber = '浙icp备2024012345号'; }, []],
    ['absent', (app) => { delete app.entity.filingNumber; }, ['entity.filingNumber']],
    ['empty', (app) => { app.entity.filingNumber = ''; }, ['entity.filingNumber']],
    ['absent on a new filing', (app) => { app.type = 'new_filing'; delete app.entity.filingNumber; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = unitApplication();
    mutate(app);
    expect(rulePaths(entityFilingNumberInvalid, app)).toEqual(expected);
  });
});

describe('entity.filing_number.province_mismatch', () => {
  test.each<[string, string, string, string[]]>([
    ['same province', '330000', '浙ICP备2024012345号', []],
    ['another province', '330000', '苏ICP备2024012345号', ['entity.filingNumber']],
    ['alias 蜀 for Sichuan', '510000', '蜀ICP备2022031415号', []],
    ['alias 黔 for Guizhou', '520000', '黔ICP备2022031415号', []],
    ['alias 滇 for Yunnan', '530000', '滇ICP备2022031415号', []],
    ['alias 陇 for Gansu', '620000', '陇ICP备2022031415号', []],
    ['malformed number', '330000', '苏ICP备202401234号', []],
  ])('%s', (_label, province, number, expected) => {
    const app = unitApplication();
    app.entity.region.province = province;
    app.entity.filingNumber = number;
    expect(rulePaths(entityFilingNumberProvinceMismatch, app)).toEqual(expected);
  });
});

describe('entity.filing_password.invalid', () => {
  test.each<[string, Mutation, string[]]>([
    ['6 digits', () => {}, []],
    ['6 full-width digits', (app) => { app.entity.filingPassword = '４８２９１３'; }, []],
    ['5 digits', (app) => { app.entity.filingPassword = '48291'; }, ['entity.filingPassword']],
    ['letters', (app) => { app.entity.filingPassword = '48291a'; }, ['entity.filingPassword']],
    ['absent', (app) => { delete app.entity.filingPassword; }, ['entity.filingPassword']],
    ['absent for another type', (app) => { app.type = 'new_website'; delete app.entity.filingPassword; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = individualApplication();
    mutate(app);
    expect(rulePaths(entityFilingPasswordInvalid, app)).toEqual(expected);
  });
});

describe('entity.in_progress', () => {
  test('finds an open submission of the same entity', () => {
    const app = curtainApplication();
    const earlier = curtainApplication();
    earlier.entity.certificateNumber = '91350203582431707x';
    const others = buildOthersView(app, { applications: [earlier] });
    expect(rulePaths(entityInProgress, app, { others })).toEqual(['entity.certificateNumber']);
  });

  test('ignores approved filings of the entity', () => {
    const app = curtainApplication();
    const others = buildOthersView(app, { applications: [curtainApplication()], status: 'approved' });
    expect(rulePaths(entityInProgress, app, { others })).toEqual([]);
  });

  test('ignores open submissions of other entities', () => {
    const app = curtainApplication();
    const other = unitApplication();
    const others = buildOthersView(app, { applications: [other] });
    expect(rulePaths(entityInProgress, app, { others })).toEqual([]);
  });
});
