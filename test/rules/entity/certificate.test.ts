import type { Application } from '../../../server/src/domain/application';
import { entityCertificateAddressMissing } from '../../../server/src/domain/rules/entity/certificate-address-missing';
import { entityCertificateChecksumFailed } from '../../../server/src/domain/rules/entity/certificate-checksum-failed';
import { entityCertificateNumberInvalid } from '../../../server/src/domain/rules/entity/certificate-number-invalid';
import { entityCertificateTypeMismatch } from '../../../server/src/domain/rules/entity/certificate-type-mismatch';
import { curtainApplication, individualApplication } from '../support/applications';
import { rulePaths } from '../support/run-rule';

type Mutation = (app: Application) => void;

describe('entity.certificate.type_mismatch', () => {
  test.each<[string, () => Application, Mutation, string[]]>([
    ['enterprise with a business licence', curtainApplication, () => {}, []],
    ['enterprise with an organization code', curtainApplication, (app) => { app.entity.certificateType = 'organization_code'; }, ['entity.certificateType']],
    ['enterprise with a resident ID', curtainApplication, (app) => { app.entity.certificateType = 'resident_id'; }, ['entity.certificateType']],
    ['institution with its certificate', curtainApplication, (app) => { app.entity.nature = 'institution'; app.entity.certificateType = 'institution_certificate'; }, []],
    ['institution with a business licence', curtainApplication, (app) => { app.entity.nature = 'institution'; }, []],
    ['foundation with a passport', curtainApplication, (app) => { app.entity.nature = 'foundation'; app.entity.certificateType = 'passport'; }, ['entity.certificateType']],
    ['individual with a resident ID', individualApplication, () => {}, []],
    ['individual with a passport', individualApplication, (app) => { app.entity.certificateType = 'passport'; }, []],
    ['individual with a business licence', individualApplication, (app) => { app.entity.certificateType = 'business_license'; }, ['entity.certificateType']],
  ])('%s', (_label, base, mutate, expected) => {
    const app = base();
    mutate(app);
    expect(rulePaths(entityCertificateTypeMismatch, app)).toEqual(expected);
  });
});

describe('entity.certificate.number_invalid', () => {
  const number = (type: Application['entity']['certificateType'], value: string): Mutation => (app) => {
    app.entity.certificateType = type;
    app.entity.certificateNumber = value;
  };

  test.each<[string, Mutation, string[]]>([
    ['valid credit code', () => {}, []],
    ['credit code with a wrong check character', number('business_license', '913502035824317070'), []],
    ['credit code with O', number('business_license', '913502035O2431707X'), ['entity.certificateNumber']],
    ['credit code of 17 characters', number('business_license', '91350203582431707'), ['entity.certificateNumber']],
    ['credit code with an unknown region', number('business_license', '91999999582431707X'), ['entity.certificateNumber']],
    ['credit code of Shuangliu county, before 2016', number('business_license', '91510122MA2AB1234T'), []],
    ['credit code of Zhangqiu city, before 2016', number('business_license', '91370181MA2AB1234L'), []],
    ['credit code of Laicheng district, before 2019', number('business_license', '91371202MA2AB1234Q'), []],
    ['credit code of national registration', number('business_license', '91100000582431707X'), []],
    ['credit code with an earlier-edition region', number('business_license', '91110103582431707X'), []],
    ['lower-case credit code', number('business_license', '91440305ma5gk7px81'), []],
    ['institution certificate number', number('institution_certificate', '123502035824317073'), []],
    ['organization code with hyphen', number('organization_code', '58243170-7'), []],
    ['organization code without hyphen', number('organization_code', '582431707'), []],
    ['organization code ending in a letter', number('organization_code', '58243170-A'), ['entity.certificateNumber']],
    ['resident ID', number('resident_id', '35010219920903069X'), []],
    ['resident ID with a wrong check', number('resident_id', '350102199209030691'), ['entity.certificateNumber']],
    ['passport', number('passport', 'E12345678'), []],
    ['empty number', number('business_license', ''), []],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(entityCertificateNumberInvalid, app)).toEqual(expected);
  });
});

describe('entity.certificate.checksum_failed', () => {
  test.each<[string, string, Application['entity']['certificateType'], string[]]>([
    ['right check character', '91350203582431707X', 'business_license', []],
    ['wrong check character', '913502035824317070', 'business_license', ['entity.certificateNumber']],
    ['malformed number', '913502035O2431707X', 'business_license', []],
    ['institution certificate', '123502035824317070', 'institution_certificate', []],
  ])('%s', (_label, value, type, expected) => {
    const app = curtainApplication();
    app.entity.certificateType = type;
    app.entity.certificateNumber = value;
    expect(rulePaths(entityCertificateChecksumFailed, app)).toEqual(expected);
  });
});

describe('entity.certificate_address.missing', () => {
  test.each<[string, string, string[]]>([
    ['address present', '厦门市思明区岚湾路18号501室', []],
    ['empty address', '', ['entity.certificateAddress']],
    ['blank address', ' \u3000 ', ['entity.certificateAddress']],
  ])('%s', (_label, address, expected) => {
    const app = curtainApplication();
    app.entity.certificateAddress = address;
    expect(rulePaths(entityCertificateAddressMissing, app)).toEqual(expected);
  });
});
