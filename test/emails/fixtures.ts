import type {
  Application,
  Person,
  Website,
} from '../../server/src/domain/application';

export function person(overrides: Partial<Person> = {}): Person {
  return {
    name: '林晓东',
    idType: 'resident_id',
    idNumber: '350203197203150319',
    idValidUntil: '2036-03-15',
    mobile: '13906001287',
    email: 'linxd@example.com',
    ...overrides,
  };
}

export function website(overrides: Partial<Website> = {}): Website {
  return {
    status: 'new',
    name: '鹭岛茶叶商城',
    domains: ['ludaotea.cn'],
    ips: ['203.0.113.10'],
    serverRegion: '350200',
    accessMethod: 'virtual_host',
    serviceContent: ['corporate_portal'],
    preApprovals: [],
    principal: person(),
    verification: 'curtain',
    ...overrides,
  };
}

export function application(overrides: Partial<Application> = {}) {
  const base: Application = {
    externalId: 'PORTAL-1',
    type: 'new_filing',
    submittedAt: '2025-01-27T10:00:00+08:00',
    applicant: { accountId: 'u1', name: '林晓东', email: 'linxd@example.com' },
    entity: {
      nature: 'enterprise',
      name: '厦门鹭岛茶业有限公司',
      certificateType: 'business_license',
      certificateNumber: '91350203MA31234567',
      certificateAddress: '厦门市思明区湖滨南路1号',
      region: { province: '350000', city: '350200', district: '350203' },
      mailingAddress: '福建省厦门市思明区湖滨南路1号',
      principal: person(),
    },
    websites: [website()],
    materials: [],
  };
  return { ...base, ...overrides };
}
