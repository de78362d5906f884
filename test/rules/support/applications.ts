/**
 * Clean applications for rule tests; every call returns a fresh copy that a
 * test may change. Each produces no finding on its submission day.
 */
import type { Application } from '../../../server/src/domain/application';
import { loadExamples } from './cases';

const examples = new Map(loadExamples().map(({ file, application }) => [file, application]));

function copyExample(file: string): Application {
  const application = examples.get(file);
  if (!application) throw new Error(`Example not found: test/fixtures/examples/${file}`);
  return structuredClone(application);
}

/** Returns a Hangzhou enterprise adding a website by electronic verification, submitted 2026-11-12. */
export function unitApplication(): Application {
  return copyExample('new_website.json');
}

/** Returns a Nanjing individual, filed elsewhere, adding a website, submitted 2026-11-20. */
export function individualApplication(): Application {
  return copyExample('new_website_filed_elsewhere.json');
}

/** Returns a Shenzhen enterprise's change with curtain verification (one website changed, one added), submitted 2026-11-16. */
export function changeApplication(): Application {
  return copyExample('change.json');
}

/** Returns a Xiamen enterprise's first filing with curtain verification, submitted 2026-11-10. */
export function curtainApplication(): Application {
  return {
    externalId: 'TEST-20261110-0001',
    type: 'new_filing',
    submittedAt: '2026-11-10T09:30:00+08:00',
    applicant: { accountId: 'u35-test', name: '林晓舟', email: 'xilan-admin@example.cn' },
    entity: {
      nature: 'enterprise',
      name: '厦门溪岚茶业有限公司',
      certificateType: 'business_license',
      certificateNumber: '91350203582431707X',
      certificateAddress: '厦门市思明区岚湾路18号501室',
      region: { province: '350000', city: '350200', district: '350203' },
      mailingAddress: '福建省厦门市思明区岚湾路18号501室',
      investor: '厦门溪岚茶业有限公司',
      legalPerson: {
        name: '陈国栋',
        idType: 'resident_id',
        idNumber: '350203197203150319',
        idValidUntil: 'long_term',
        mobile: '13906001287',
        email: 'chenguodong@example.cn',
        residency: 'mainland',
      },
      principal: {
        name: '林晓舟',
        idType: 'resident_id',
        idNumber: '350206198604210574',
        idValidUntil: '2034-06-18',
        mobile: '13959201234',
        emergencyPhone: '13859207788',
        email: 'linxiaozhou@example.cn',
      },
    },
    websites: [
      {
        status: 'new',
        name: '溪岚茶事',
        domains: ['xilantea.cn'],
        homepage: 'https://www.xilantea.cn/',
        ips: ['203.0.113.21'],
        serverRegion: '350200',
        accessMethod: 'cloud_server',
        serviceContent: ['corporate_portal'],
        preApprovals: [],
        domainHolder: '厦门溪岚茶业有限公司',
        domainExpiresAt: '2028-03-15',
        principal: {
          name: '黄志远',
          idType: 'resident_id',
          idNumber: '35010219920903069X',
          idValidUntil: '2032-09-02',
          mobile: '13806015678',
          emergencyPhone: '13665928801',
          email: 'huangzhiyuan@example.cn',
        },
        verification: 'curtain',
      },
    ],
    materials: [
      material('entity-cert', 'entity_certificate'),
      material('legal-person-id', 'legal_person_id'),
      material('principal-id', 'principal_id'),
      material('w0-form', 'verification_form', 0),
      material('w0-photo', 'site_photo', 0),
      material('w0-commitment', 'security_commitment', 0, 'image/png'),
      material('w0-principal-id', 'website_principal_id', 0),
    ],
  };
}

function material(
  id: string,
  kind: Application['materials'][number]['kind'],
  website?: number,
  contentType = 'image/jpeg',
): Application['materials'][number] {
  const extension = contentType === 'image/png' ? 'png' : 'jpg';
  return { id, kind, website, fileName: `${id}.${extension}`, contentType, size: 2400 };
}
