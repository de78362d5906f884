import type { Application } from '../../../server/src/domain/application';
import { materialsCertificateUpdateMissing } from '../../../server/src/domain/rules/materials/certificate-update-missing';
import { materialsChangeProofMissing } from '../../../server/src/domain/rules/materials/change-proof-missing';
import { materialsElectronicNotAllowed } from '../../../server/src/domain/rules/materials/electronic-not-allowed';
import { materialsEmpty } from '../../../server/src/domain/rules/materials/empty';
import { materialsMissing } from '../../../server/src/domain/rules/materials/missing';
import { materialsTooLarge } from '../../../server/src/domain/rules/materials/too-large';
import { materialsTypeNotAllowed } from '../../../server/src/domain/rules/materials/type-not-allowed';
import type { UploadedFileFacts } from '../../../server/src/domain/application';
import { changeApplication, curtainApplication, individualApplication, unitApplication } from '../support/applications';
import { rulePaths, runRule } from '../support/run-rule';

type Mutation = (app: Application) => void;

const withoutMaterials = (...ids: string[]): Mutation => (app) => {
  app.materials = app.materials.filter((material) => !ids.includes(material.id));
};

describe('materials.missing', () => {
  test.each<[string, () => Application, Mutation, string[]]>([
    ['curtain website with all materials', curtainApplication, () => {}, []],
    ['site photo missing', curtainApplication, withoutMaterials('w0-photo'), ['websites[0]']],
    ['two website materials missing', curtainApplication, withoutMaterials('w0-photo', 'w0-form'), ['websites[0]', 'websites[0]']],
    ['material of another website', curtainApplication, (app) => { app.materials.find((m) => m.id === 'w0-photo')!.website = 1; }, ['websites[0]']],
    ['legal person ID missing', curtainApplication, withoutMaterials('legal-person-id'), ['materials']],
    ['entity certificate missing', curtainApplication, withoutMaterials('entity-cert'), ['materials']],
    ['existing curtain website needs nothing', curtainApplication, (app) => { app.websites[0].status = 'existing'; withoutMaterials('w0-photo', 'legal-person-id')(app); }, []],
    ['electronic unit needs no legal person ID', unitApplication, () => {}, []],
    ['individual needs only the entity certificate', individualApplication, () => {}, []],
    ['individual curtain needs no legal person ID', individualApplication, (app) => {
      app.websites[0].verification = 'curtain';
      app.materials.push(
        { id: 'f', kind: 'verification_form', website: 0, fileName: 'f.jpg', contentType: 'image/jpeg', size: 10 },
        { id: 'p', kind: 'site_photo', website: 0, fileName: 'p.jpg', contentType: 'image/jpeg', size: 10 },
        { id: 'c', kind: 'security_commitment', website: 0, fileName: 'c.png', contentType: 'image/png', size: 10 },
        { id: 'i', kind: 'website_principal_id', website: 0, fileName: 'i.jpg', contentType: 'image/jpeg', size: 10 },
      );
    }, []],
  ])('%s', (_label, base, mutate, expected) => {
    const app = base();
    mutate(app);
    expect(rulePaths(materialsMissing, app)).toEqual(expected);
  });

  test('message names the missing kind', () => {
    const app = curtainApplication();
    withoutMaterials('w0-photo')(app);
    expect(runRule(materialsMissing, app)[0].message).toContain('核验现场照片');
  });
});

describe('materials.electronic_not_allowed', () => {
  test.each<[string, () => Application, Mutation, string[]]>([
    ['business licence, electronic', unitApplication, () => {}, []],
    ['individual, electronic', individualApplication, () => {}, []],
    ['institution certificate, electronic', curtainApplication, (app) => {
      app.entity.nature = 'institution';
      app.entity.certificateType = 'institution_certificate';
      app.websites[0].verification = 'electronic';
    }, ['websites[0].verification']],
    ['institution certificate, curtain', curtainApplication, (app) => {
      app.entity.nature = 'institution';
      app.entity.certificateType = 'institution_certificate';
    }, []],
    ['existing website, electronic', curtainApplication, (app) => {
      app.entity.certificateType = 'organization_code';
      app.websites[0].status = 'existing';
      app.websites[0].verification = 'electronic';
    }, []],
  ])('%s', (_label, base, mutate, expected) => {
    const app = base();
    mutate(app);
    expect(rulePaths(materialsElectronicNotAllowed, app)).toEqual(expected);
  });
});

describe('file size and type', () => {
  const photo = (app: Application) => app.materials.find((m) => m.id === 'w0-photo')!;
  const PATH = ['materials[4]'];

  test.each<[string, number, string, string[], string[], string[]]>([
    ['small JPEG', 2491, 'image/jpeg', [], [], []],
    ['exactly 204,800 bytes', 204_800, 'image/jpeg', [], [], []],
    ['204,801 bytes', 204_801, 'image/jpeg', PATH, [], []],
    ['declared text/html', 248, 'text/html', [], PATH, []],
    ['declared image/jpg', 2491, 'image/jpg', [], [], []],
    ['declared in upper case with a parameter', 2491, 'IMAGE/PNG; charset=binary', [], [], []],
    ['declared GIF', 2491, 'image/gif', [], PATH, []],
    ['zero bytes', 0, 'image/jpeg', [], [], PATH],
    ['zero bytes of another type', 0, 'text/plain', [], [], PATH],
  ])('%s', (_label, size, contentType, tooLarge, typeNotAllowed, empty) => {
    const app = curtainApplication();
    Object.assign(photo(app), { size, contentType });
    expect(rulePaths(materialsTooLarge, app)).toEqual(tooLarge);
    expect(rulePaths(materialsTypeNotAllowed, app)).toEqual(typeNotAllowed);
    expect(rulePaths(materialsEmpty, app)).toEqual(empty);
  });

  test('too large message groups digits and gives KB', () => {
    const app = curtainApplication();
    Object.assign(photo(app), { size: 266_545, contentType: 'image/jpeg' });
    const [hit] = runRule(materialsTooLarge, app);
    expect(hit.message).toContain('大小为 260.3 KB（266,545 字节）');
    expect(hit.message).toContain('超过 200 KB（204,800 字节）的上限');
  });

  test.each<[string, UploadedFileFacts, string[], string[], string[]]>([
    ['real JPEG', { size: 2491, sniffedType: 'image/jpeg' }, [], [], []],
    ['real size over the limit', { size: 300_000, sniffedType: 'image/jpeg' }, PATH, [], []],
    ['bytes of a GIF', { size: 2491, sniffedType: 'image/gif' }, [], PATH, []],
    ['unrecognised bytes', { size: 2491, sniffedType: null }, [], PATH, []],
    ['empty upload', { size: 0, sniffedType: null }, [], [], PATH],
  ])('uploaded %s counts over the declared values', (_label, facts, tooLarge, typeNotAllowed, empty) => {
    const app = curtainApplication();
    const files = new Map([['w0-photo', facts]]);
    const context = { dryRun: false, files };
    expect(rulePaths(materialsTooLarge, app, context)).toEqual(tooLarge);
    expect(rulePaths(materialsTypeNotAllowed, app, context)).toEqual(typeNotAllowed);
    expect(rulePaths(materialsEmpty, app, context)).toEqual(empty);
  });
});

describe('materials.change_proof_missing', () => {
  const rename = (app: Application) => { app.entity.name = '深圳市蓝汐智能科技有限公司'; };

  test.each<[string, Mutation, string[]]>([
    ['no rename', () => {}, []],
    ['rename without proof', rename, ['materials']],
    ['rename with proof', (app) => {
      rename(app);
      app.materials.push({ id: 'proof', kind: 'change_proof', fileName: 'proof.jpg', contentType: 'image/jpeg', size: 2506 });
    }, []],
    ['same name in full-width form', (app) => { app.entity.name = '深圳市蓝汐智能家居有限公司　'; }, []],
    ['rename on another type', (app) => { rename(app); app.type = 'new_website'; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = changeApplication();
    mutate(app);
    expect(rulePaths(materialsChangeProofMissing, app)).toEqual(expected);
  });
});

describe('materials.certificate_update_missing', () => {
  const newLegalPerson: Mutation = (app) => {
    app.entity.legalPerson = { ...app.entity.legalPerson!, name: '刘建华', idNumber: '440305197406280930' };
  };

  test.each<[string, Mutation, string[]]>([
    ['nothing about the certificate changed', () => {}, []],
    ['address changed with a new certificate', (app) => { app.entity.certificateAddress = '深圳市南山区海岚路8号'; }, []],
    ['address changed without a certificate', (app) => {
      app.entity.certificateAddress = '深圳市南山区海岚路8号';
      withoutMaterials('entity-cert')(app);
    }, ['materials']],
    ['number changed without a certificate', (app) => {
      app.entity.certificateNumber = '91440305MA5GK7PX8Y';
      withoutMaterials('entity-cert')(app);
    }, ['materials']],
    ['legal person changed with an ID', newLegalPerson, []],
    ['legal person changed without an ID', (app) => { newLegalPerson(app); withoutMaterials('legal-person-id')(app); }, ['materials']],
    ['legal person added without an ID', (app) => { delete app.previous!.entity.legalPerson; withoutMaterials('legal-person-id')(app); }, ['materials']],
    ['both changed without either', (app) => {
      app.entity.certificateAddress = '深圳市南山区海岚路8号';
      newLegalPerson(app);
      withoutMaterials('entity-cert', 'legal-person-id')(app);
    }, ['materials', 'materials']],
  ])('%s', (_label, mutate, expected) => {
    const app = changeApplication();
    mutate(app);
    expect(rulePaths(materialsCertificateUpdateMissing, app)).toEqual(expected);
  });
});
