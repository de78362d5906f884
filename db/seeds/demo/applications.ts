/**
 * Demo applications for the review console: 50 applications of 40 fictional
 * entities over all five types and all nine statuses, with image materials
 * from `images/`. About a quarter carry a planted rule problem (see
 * `deliberateFindings`); the others are meant to pass every automatic rule.
 *
 * The seed should feed them through the intake code path in array order
 * (oldest first) and walk each to its `targetStatus` before submitting the
 * next one. Later applications of an entity build on the approval of earlier
 * ones, and the cross-submission rules (open submissions, approved websites)
 * see the history that way.
 *
 * Dates that the rules judge (submission times, ID card validity, domain
 * expiry, the under-age principal's birth date) are computed from `now`.
 * Everything printed on the images is fixed.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type {
  Application,
  Entity,
  LegalPerson,
  Material,
  Person,
  Website,
} from '../../../server/src/domain/application';
import { buildResidentId } from './checksums';
import { certificateAddress, demoCatalogue, mailingAddress, type DemoEntity } from './entities';
import { DEMO_IMAGES_DIR, DemoImageSet, type DemoImageSpec } from './images';
import type { DemoPerson } from './people';
import { createRandom, seedFromKey } from './random';
import { SCENARIOS, type DeliberateProblem, type DemoTargetStatus, type Scenario } from './scenarios';

export { DEMO_IMAGES_DIR } from './images';
export type { DemoTargetStatus } from './scenarios';

export interface DemoApplication {
  /** Valid against db/data/submission.schema.json. */
  application: Application;
  /** Material id → absolute path of its image file under `DEMO_IMAGES_DIR`. */
  files: Record<string, string>;
  targetStatus: DemoTargetStatus;
  /** The specialist who claimed it; absent for applications no specialist has opened. */
  assignee?: 'specialist' | 'specialist2';
  /** For `rejected`: the reasons the specialist sent. */
  rejectionReasons?: Array<{ path?: string; text: string; suggestion?: string }>;
  /** For `miit_rejected`: MIIT's reason. */
  miitReason?: string;
  /** How long before `now` the application was submitted, in hours. */
  hoursAgo: number;
  /**
   * For `approved`: the numbers MIIT assigned, as the `approved` MIIT event
   * takes them (one per new website, in application order). Later
   * applications of the same entity use these numbers.
   */
  filingNumbers?: { entity: string; websites: string[] };
  /** Rule ids of the problems planted in this application; empty when it is meant to be clean. */
  deliberateFindings: DeliberateProblem[];
}

/** Provider address ranges of the demo (rules: `website.ip.not_provider`). */
const PROVIDER_IPV4_PREFIXES = ['203.0.113.', '198.51.100.'];
const PROVIDER_IPV6_PREFIX = '2001:db8:35::';
/** Data centres of the demo provider: Xiamen, Hangzhou, Shenzhen. */
const PROVIDER_SERVER_REGIONS = ['350200', '330100', '440300'];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/**
 * Builds the demo applications, with each material's `size` read from its
 * image file. Throws when an image is missing: run
 * `npx tsx db/seeds/demo/generate-images.ts` first.
 */
export function buildDemoApplications(now: Date): DemoApplication[] {
  const { applications } = planDemoApplications(now);
  for (const demo of applications) {
    for (const material of demo.application.materials) {
      const file = demo.files[material.id];
      try {
        material.size = statSync(file).size;
      } catch (error) {
        throw new Error(
          `demo image ${file} for material ${material.id} of ${demo.application.externalId} is missing ` +
            `(${(error as Error).message}); run: npx tsx db/seeds/demo/generate-images.ts`,
        );
      }
    }
  }
  return applications;
}

/**
 * Builds the demo applications without touching the file system (material
 * sizes are 0), together with the specifications of every image they use.
 */
export function planDemoApplications(now: Date): { applications: DemoApplication[]; images: DemoImageSpec[] } {
  const planner = new Planner(now);
  const ordered = [...SCENARIOS].sort((a, b) => b.hoursAgo - a.hoursAgo);
  const applications = ordered.map((scenario, index) => planner.plan(scenario, index));
  return { applications, images: planner.images.all() };
}

/** An entity's filing as the console stores it after an approval. */
interface FiledState {
  filingNumber: string;
  websites: Website[];
}

class Planner {
  readonly images = new DemoImageSet();
  private readonly catalogue = demoCatalogue();
  private readonly filed = new Map<string, FiledState>();
  /** Entities with a `change` scenario: earlier applications show the state before it. */
  private readonly changing = new Set(SCENARIOS.filter((s) => s.type === 'change').map((s) => s.entity));

  constructor(private readonly now: Date) {}

  plan(scenario: Scenario, index: number): DemoApplication {
    const entity = this.catalogue.entities.get(scenario.entity);
    if (!entity) throw new Error(`scenario names unknown entity ${scenario.entity}`);
    const submitted = new Date(this.now.getTime() - scenario.hoursAgo * HOUR_MS);
    submitted.setUTCMilliseconds(0);
    const context: Context = { scenario, entity, submitted };

    const before = this.changing.has(entity.key) && scenario.type !== 'change';
    const current = this.entityRecord(context, before ? 'before' : 'after');
    const websites = this.websites(context);
    let previous: Application['previous'];
    if (scenario.type === 'change') {
      const state = this.filedState(entity);
      previous = { entity: this.entityRecord(context, 'before', state.filingNumber), websites: state.websites.map(clone) };
    }

    const { materials, files } = this.materials(context, websites, before);
    const application: Application = {
      externalId: `BA${shanghaiDate(submitted).replace(/-/g, '')}${String(index + 1).padStart(4, '0')}`,
      type: scenario.type,
      submittedAt: shanghaiDateTime(submitted),
      applicant: { accountId: entity.accountId, name: entity.principal.name, email: entity.principal.email },
      entity: current,
      websites,
      ...(previous ? { previous } : {}),
      materials,
    };
    this.plantProblem(context, application);

    const demo: DemoApplication = {
      application,
      files,
      targetStatus: scenario.status,
      hoursAgo: scenario.hoursAgo,
      deliberateFindings: scenario.problem ? [scenario.problem] : [],
    };
    if (scenario.assignee) demo.assignee = scenario.assignee;
    if (scenario.rejectionReasons) {
      demo.rejectionReasons = scenario.rejectionReasons.map((reason) => ({
        ...reason,
        path: resolveMaterialPath(reason.path, materials),
      }));
    }
    if (scenario.miitReason) demo.miitReason = scenario.miitReason;
    if (scenario.status === 'approved') demo.filingNumbers = this.approve(context, application);
    return demo;
  }

  /** Builds the entity as filed, `before` a change of name, address or legal person or `after` it. */
  private entityRecord(context: Context, version: 'before' | 'after', filingNumber?: string): Entity {
    const { entity, scenario } = context;
    const street = version === 'before' ? entity.previousStreet ?? entity.street : entity.street;
    const name = version === 'before' ? entity.previousName ?? entity.name : entity.name;
    const record: Entity = {
      nature: entity.nature,
      name,
      certificateType: entity.certificateType,
      certificateNumber: entity.certificateNumber,
      certificateAddress:
        entity.nature === 'individual' ? entity.principal.address : certificateAddress(entity, street),
      region: {
        province: entity.region.provinceCode,
        city: entity.region.cityCode,
        district: entity.region.districtCode,
      },
      mailingAddress: mailingAddress(entity, street),
      principal: this.person(entity.principal),
    };
    if (entity.nature !== 'individual') {
      record.investor = name;
      const legal = version === 'before' ? entity.previousLegalPerson ?? entity.legalPerson! : entity.legalPerson!;
      record.legalPerson = this.legalPerson(legal);
    }

    const number = filingNumber ?? this.entityFilingNumber(entity, scenario);
    if (number) record.filingNumber = number;
    if (scenario.type === 'new_website_filed_elsewhere') record.filingPassword = entity.earlierFiling?.password;
    return record;
  }

  private entityFilingNumber(entity: DemoEntity, scenario: Scenario): string | undefined {
    switch (scenario.type) {
      case 'new_filing':
        return undefined;
      case 'access_transfer':
      case 'new_website_filed_elsewhere':
        return requireEarlierFiling(entity).filingNumber;
      default:
        return this.filedState(entity).filingNumber;
    }
  }

  /** Returns the entity's filing in the console, from an approval in the demo or from before the demo. */
  private filedState(entity: DemoEntity): FiledState {
    const state = this.filed.get(entity.key);
    if (state) return state;
    const earlier = requireEarlierFiling(entity);
    const websites = entity.sites
      .slice(0, earlier.websiteCount)
      .map((_, site) =>
        this.website(entity, site, {
          status: 'existing',
          filingNumber: `${earlier.filingNumber}-${site + 1}`,
          verification: 'curtain',
          accessMethod: 'virtual_host',
        }),
      );
    const created = { filingNumber: earlier.filingNumber, websites };
    this.filed.set(entity.key, created);
    return created;
  }

  private websites(context: Context): Website[] {
    const { entity, scenario } = context;
    const transfer = scenario.type === 'access_transfer' || scenario.type === 'new_website_filed_elsewhere';
    const fresh = (site: number): Website =>
      this.website(entity, site, {
        status: 'new',
        verification: scenario.verification,
        accessMethod: transfer ? 'virtual_host' : siteDraw(entity, site, 'access') < 0.7 ? 'cloud_server' : 'virtual_host',
        filingNumber:
          scenario.type === 'access_transfer' ? `${requireEarlierFiling(entity).filingNumber}-${site + 1}` : undefined,
      });

    switch (scenario.type) {
      case 'new_filing':
      case 'access_transfer':
      case 'new_website_filed_elsewhere':
        return scenario.newSites.map(fresh);
      case 'new_website':
        return [...this.filedState(entity).websites.map(clone), ...scenario.newSites.map(fresh)];
      case 'change':
        return this.changedWebsites(context, fresh);
    }
  }

  private changedWebsites(context: Context, fresh: (site: number) => Website): Website[] {
    const { entity, scenario } = context;
    const websites = this.filedState(entity).websites.map(clone);
    switch (scenario.change) {
      case 'move_server': {
        // The first website moves to a new server in another data centre.
        const moved = websites[0];
        moved.status = 'modified';
        moved.ips = [providerIpv4(entity, 0, 'moved')];
        moved.serverRegion = PROVIDER_SERVER_REGIONS.find((code) => code !== moved.serverRegion)!;
        moved.verification = scenario.verification;
        break;
      }
      case 'add_website':
        websites.push(...scenario.newSites.map(fresh));
        break;
      case 'rename':
      case 'rename_and_move':
      case 'replace_legal_person':
      case 'move_mailing_address':
        // Entity changes only; the domain holder is the legal person or the
        // individual, so the websites stay as filed.
        break;
      default:
        throw new Error(`change scenario of ${entity.key} names no change`);
    }
    return websites;
  }

  private website(
    entity: DemoEntity,
    site: number,
    options: Pick<Website, 'status' | 'verification' | 'accessMethod'> & { filingNumber?: string },
  ): Website {
    const spec = entity.sites[site];
    if (!spec) throw new Error(`entity ${entity.key} has no site ${site}`);
    const ips = [providerIpv4(entity, site, 'first')];
    if (siteDraw(entity, site, 'ipv6') < 0.3) {
      ips.push(`${PROVIDER_IPV6_PREFIX}${(Math.floor(siteDraw(entity, site, 'ipv6-host') * 0xfff) + 1).toString(16)}`);
    }
    const expiresInDays = 200 + Math.floor(siteDraw(entity, site, 'expiry') * 800);
    const website: Website = {
      status: options.status,
      name: spec.name,
      domains: [spec.domain],
      homepage: `https://www.${spec.domain}/`,
      ips,
      serverRegion: PROVIDER_SERVER_REGIONS[Math.floor(siteDraw(entity, site, 'region') * PROVIDER_SERVER_REGIONS.length)],
      accessMethod: options.accessMethod,
      serviceContent: [spec.serviceContent],
      preApprovals: [],
      // Entities that change their name register their domains to the legal
      // person, so that the domain holder stays valid across the change.
      domainHolder:
        entity.nature === 'individual'
          ? entity.name
          : entity.previousName
            ? entity.legalPerson!.name
            : entity.name,
      domainExpiresAt: shanghaiDate(new Date(this.now.getTime() + expiresInDays * DAY_MS)),
      principal: this.person(entity.websitePrincipal),
      verification: options.verification,
    };
    if (options.filingNumber) website.filingNumber = options.filingNumber;
    return website;
  }

  /**
   * Converts a demo person to an application person. The validity of the ID
   * card is fixed relative to `now` (not to the submission), so that the same
   * person reads the same in every application of an entity.
   */
  private person(person: DemoPerson): Person {
    const record: Person = {
      name: person.name,
      idType: 'resident_id',
      idNumber: person.idNumber,
      idValidUntil: this.idValidUntil(person),
      mobile: person.mobile,
      email: person.email,
    };
    if (person.emergencyPhone) record.emergencyPhone = person.emergencyPhone;
    return record;
  }

  private legalPerson(person: DemoPerson): LegalPerson {
    const { name, idType, idNumber, idValidUntil, mobile, email } = this.person(person);
    return { name, idType, idNumber, idValidUntil, mobile, email, residency: 'mainland' };
  }

  /**
   * Resident ID cards are valid for 10 years when issued at 16–25, 20 years
   * at 26–45 and for life (长期) from 46. The card ends on the holder's
   * birthday, between 1 year and its full period after `now`, so it neither
   * expires nor comes close to expiring within the demo.
   */
  private idValidUntil(person: DemoPerson): string {
    const today = shanghaiDate(this.now);
    const nowYear = Number(today.slice(0, 4));
    const age = nowYear - Number(person.birthDate.slice(0, 4));
    if (age >= 46) return 'long_term';
    const period = age >= 26 ? 20 : 10;
    const monthDay = person.birthDate.slice(4);
    let year = nowYear + 1 + Math.floor(person.validityDraw * (period - 1));
    if (`${year}${monthDay}` < `${nowYear + 1}${today.slice(4)}`) year += 1;
    return `${year}${monthDay}`;
  }

  private materials(
    context: Context,
    websites: Website[],
    before: boolean,
  ): { materials: Material[]; files: Record<string, string> } {
    const { entity, scenario, submitted } = context;
    const materials: Material[] = [];
    const files: Record<string, string> = {};
    const add = (id: string, kind: Material['kind'], file: string, fileName: string, website?: number) => {
      const material: Material = { id, kind, fileName, contentType: 'image/jpeg', size: 0 };
      if (website !== undefined) material.website = website;
      materials.push(material);
      files[id] = path.join(DEMO_IMAGES_DIR, file);
    };
    const stamp = compactDateTime(submitted);
    const unit = entity.nature !== 'individual';
    const curtainWebsites = websites
      .map((website, index) => ({ website, index }))
      .filter(({ website }) => website.status !== 'existing' && website.verification === 'curtain');

    const oversized = scenario.problem === 'materials.too_large';
    const certificateFile = this.images.certificate(entity, { before: before && !!entity.previousLegalPerson, oversized });
    let certificateLabel = '身份证正面';
    if (unit) certificateLabel = entity.certificateType === 'business_license' ? '营业执照' : '法人登记证书';
    add('entity-cert', 'entity_certificate', certificateFile, `${entity.name}${certificateLabel}.jpg`);

    if (scenario.change === 'rename' || scenario.change === 'rename_and_move') {
      if (scenario.problem !== 'materials.change_proof_missing') {
        add('change-proof', 'change_proof', this.images.changeProof(entity), '准予变更登记通知书.jpg');
      }
    }

    const legalPersonChanged = scenario.change === 'replace_legal_person';
    if (unit && (curtainWebsites.length > 0 || legalPersonChanged)) {
      const legal = before && entity.previousLegalPerson ? entity.previousLegalPerson : entity.legalPerson!;
      add('legal-person-id', 'legal_person_id', this.images.idCard(legal), `法人${legal.name}身份证.jpg`);
    }
    if (unit && curtainWebsites.length > 0) {
      add('principal-id', 'principal_id', this.images.idCard(entity.principal), `主体负责人${entity.principal.name}身份证.jpg`);
    }

    for (const { website, index } of curtainWebsites) {
      const site = entity.sites.findIndex((s) => s.domain === website.domains[0]);
      add(
        `w${index}-form`,
        'verification_form',
        this.images.verificationForm(entity, site, [{ name: website.name, domain: website.domains[0] }]),
        `核验单-${website.domains[0]}.jpg`,
        index,
      );
      if (scenario.problem !== 'materials.missing') {
        const photo = this.images.sitePhoto(entity.websitePrincipal, {
          oversized,
          gif: scenario.problem === 'materials.type_not_allowed',
          tag: entity.key,
        });
        add(`w${index}-photo`, 'site_photo', photo, `IMG_${stamp}.jpg`, index);
      }
      add(`w${index}-commitment`, 'security_commitment', this.images.securityCommitment(entity), '信息安全管理承诺书.jpg', index);
      add(
        `w${index}-principal-id`,
        'website_principal_id',
        this.images.idCard(entity.websitePrincipal),
        `网站负责人${entity.websitePrincipal.name}身份证.jpg`,
        index,
      );
    }
    return { materials, files };
  }

  /** Applies the scenario's planted problem to an otherwise clean application. */
  private plantProblem(context: Context, application: Application): void {
    const { scenario, submitted, entity } = context;
    const firstNew = application.websites.find((website) => website.status === 'new') ?? application.websites[0];
    switch (scenario.problem) {
      case undefined:
        return;
      case 'person.id.expired':
        // The website principal's card ran out five weeks before submission.
        firstNew.principal.idValidUntil = shanghaiDate(new Date(submitted.getTime() - 37 * DAY_MS));
        return;
      case 'person.id.expiring_soon':
        firstNew.principal.idValidUntil = shanghaiDate(new Date(submitted.getTime() + 50 * DAY_MS));
        return;
      case 'person.mobile.shared':
        firstNew.principal.mobile = application.entity.principal.mobile;
        return;
      case 'website.principal.under_age': {
        // Seventeen years and about three months old on the submission day.
        const birth = new Date(submitted.getTime() + SHANGHAI_OFFSET_MS);
        birth.setUTCFullYear(birth.getUTCFullYear() - 17);
        birth.setUTCDate(birth.getUTCDate() - 100);
        const birthDate = birth.toISOString().slice(0, 10);
        const person = entity.websitePrincipal;
        firstNew.principal.idNumber = buildResidentId(person.home.districtCode, birthDate, seedFromKey(person.key) % 1000, person.sex);
        firstNew.principal.idValidUntil = `${Number(shanghaiDate(this.now).slice(0, 4)) + 4}${birthDate.slice(4)}`;
        return;
      }
      case 'website.domain.holder_mismatch':
        // The domain was registered by the web designer, not by the company.
        firstNew.domainHolder = '昆明市西山区绿野网络工作室';
        return;
      case 'website.ip.not_provider':
        // The address of the old provider, left in by mistake.
        firstNew.ips = ['192.0.2.45'];
        return;
      case 'website.server.outside_mainland':
        firstNew.serverRegion = 'hk';
        return;
      case 'website.name.reserved_word':
      case 'website.domain.tld_not_approved':
        // Planted in the catalogue: 中国吴绣丝绸馆 for a company without 中国 in its name, a .io domain.
        return;
      case 'materials.too_large':
      case 'materials.type_not_allowed':
      case 'materials.missing':
      case 'materials.change_proof_missing':
        // Planted while the materials were listed.
        return;
    }
  }

  /** Records MIIT's approval and returns the numbers it assigned. */
  private approve(context: Context, application: Application): { entity: string; websites: string[] } {
    const { entity, submitted } = context;
    const known = this.filed.get(entity.key);
    const earlier = entity.earlierFiling;
    let filingNumber: string;
    if (known) filingNumber = known.filingNumber;
    else if (earlier) filingNumber = earlier.filingNumber;
    else {
      const random = createRandom(seedFromKey(`filing:${entity.key}`));
      filingNumber = `${entity.region.abbreviation}ICP备${shanghaiDate(submitted).slice(0, 4)}${random.digits(6)}号`;
    }

    // Website numbers continue after the websites already filed under the entity's number.
    let count = 0;
    if (known) count = known.websites.length;
    else if (earlier && application.type === 'new_website_filed_elsewhere') count = earlier.websiteCount;
    const websites: Website[] = [];
    const assigned: string[] = [];
    for (const website of application.websites) {
      const filed = clone(website);
      if (website.status === 'new') {
        filed.filingNumber = website.filingNumber ?? `${filingNumber}-${++count}`;
        assigned.push(filed.filingNumber);
      }
      filed.status = 'existing';
      websites.push(filed);
    }
    this.filed.set(entity.key, { filingNumber, websites });
    return { entity: filingNumber, websites: assigned };
  }
}

interface Context {
  scenario: Scenario;
  entity: DemoEntity;
  submitted: Date;
}

function requireEarlierFiling(entity: DemoEntity) {
  if (!entity.earlierFiling) throw new Error(`entity ${entity.key} needs an earlier filing for this scenario`);
  return entity.earlierFiling;
}

/** Returns a stable draw in [0, 1) for one aspect of one website. */
function siteDraw(entity: DemoEntity, site: number, aspect: string): number {
  return createRandom(seedFromKey(`site:${entity.key}:${site}:${aspect}`)).next();
}

function providerIpv4(entity: DemoEntity, site: number, aspect: string): string {
  const prefix = PROVIDER_IPV4_PREFIXES[Math.floor(siteDraw(entity, site, `${aspect}-net`) * 2)];
  return `${prefix}${2 + Math.floor(siteDraw(entity, site, `${aspect}-host`) * 252)}`;
}

function resolveMaterialPath(reasonPath: string | undefined, materials: Material[]): string | undefined {
  if (!reasonPath?.startsWith('material:')) return reasonPath;
  const id = reasonPath.slice('material:'.length);
  const index = materials.findIndex((material) => material.id === id);
  if (index < 0) throw new Error(`rejection reason names material ${id}, which the application does not have`);
  return `materials[${index}]`;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `YYYY-MM-DD` of an instant in Asia/Shanghai. */
function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** RFC 3339 time of an instant with the +08:00 offset, to the second. */
function shanghaiDateTime(instant: Date): string {
  return `${new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** `YYYYMMDD_HHMMSS` in Asia/Shanghai, as phone cameras name their photos. */
function compactDateTime(instant: Date): string {
  return shanghaiDateTime(instant).slice(0, 19).replace(/-/g, '').replace(/:/g, '').replace('T', '_');
}
