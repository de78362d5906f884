/**
 * The demo document images: their file names under `images/`, and what each
 * one shows. Applications reference images through `DemoImageSet`, which
 * records a render specification for every file it hands out, so that the
 * generator renders exactly the files the applications use.
 *
 * Every text on an image comes from entities.ts and people.ts, never from
 * the current date, so the committed images stay true to the data.
 */
import path from 'node:path';
import type { DemoEntity } from './entities';
import { certificateAddress } from './entities';
import type { DemoPerson } from './people';
import { seedFromKey } from './random';

/** Folder of the committed demo images. */
export const DEMO_IMAGES_DIR = path.join(__dirname, 'images');

/** The demo hosting provider, as printed on its curtain and verification forms. */
export const DEMO_PROVIDER_NAME = '云岫互联';

/** Number of site photos (核验现场照片) in the pool that principals are spread over. */
export const SITE_PHOTO_POOL_SIZE = 6;

export interface CertificateImage {
  template: 'business_licence' | 'institution_certificate' | 'social_group_certificate';
  name: string;
  creditCode: string;
  address: string;
  legalPersonName: string;
  companyType?: string;
  capital: string;
  founded: string;
  scope: string;
  authority: string;
  sponsor?: string;
  /** Issue date printed above the seal, `YYYY-MM-DD`. */
  issued: string;
}

export interface IdCardImage {
  template: 'id_card';
  name: string;
  sex: 'male' | 'female';
  ethnicity: string;
  birthDate: string;
  address: string;
  idNumber: string;
  /** Selects the portrait variant. */
  portrait: number;
}

export interface VerificationFormImage {
  template: 'verification_form';
  entityName: string;
  certificateLabel: string;
  certificateNumber: string;
  mailingAddress: string;
  principalName: string;
  websites: Array<{ name: string; domain: string }>;
  websitePrincipalName: string;
  websitePrincipalIdNumber: string;
  websitePrincipalMobile: string;
  /** Whether the entity stamps the form (units) or only signs it (individuals). */
  sealed: boolean;
}

export interface SitePhotoImage {
  template: 'site_photo';
  variant: number;
}

export interface CommitmentImage {
  template: 'security_commitment';
  entityName: string;
  websitePrincipalName: string;
  sealed: boolean;
}

export interface ChangeProofImage {
  template: 'change_proof';
  previousName: string;
  name: string;
  creditCode: string;
  authority: string;
  /** Document number, e.g. （晋）登记内变核字〔2026〕第000318号. */
  documentNumber: string;
  issued: string;
}

export type ImageContent =
  | CertificateImage
  | IdCardImage
  | VerificationFormImage
  | SitePhotoImage
  | CommitmentImage
  | ChangeProofImage;

export interface DemoImageSpec {
  /** File name inside `DEMO_IMAGES_DIR`. */
  file: string;
  /** Bytes as written: `gif` is a GIF saved under a `.jpg` name on purpose. */
  format: 'jpeg' | 'png' | 'gif';
  width: number;
  height: number;
  /**
   * Deliberately over the 204,800-byte upload limit (a phone photo sent
   * unscaled); the generator then renders at a high resolution and quality.
   */
  oversized?: boolean;
  content: ImageContent;
}

/** Hands out image file names and records what each file must show. */
export class DemoImageSet {
  private readonly specs = new Map<string, DemoImageSpec>();

  all(): DemoImageSpec[] {
    return [...this.specs.values()].sort((a, b) => a.file.localeCompare(b.file));
  }

  /**
   * Returns the file of the entity's licence or registration certificate.
   * `before` selects the copy issued before a change of legal person.
   */
  certificate(entity: DemoEntity, options: { before?: boolean; oversized?: boolean } = {}): string {
    if (entity.nature === 'individual') return this.idCard(entity.principal);
    const details = entity.certificate;
    const legalPerson = options.before ? entity.previousLegalPerson : entity.legalPerson;
    if (!details || !legalPerson) throw new Error(`entity ${entity.key} has no certificate details`);
    let suffix = '';
    if (options.before) suffix = '-before';
    else if (options.oversized) suffix = '-phone';
    const template =
      entity.certificateType === 'institution_certificate'
        ? 'institution_certificate'
        : entity.certificateType === 'social_group_certificate'
          ? 'social_group_certificate'
          : 'business_licence';
    return this.add({
      file: `licence-${entity.key}${suffix}.jpg`,
      format: 'jpeg',
      width: options.oversized ? 1600 : 1000,
      height: options.oversized ? 1120 : 700,
      oversized: options.oversized,
      content: {
        template,
        name: entity.name,
        creditCode: entity.certificateNumber,
        address: certificateAddress(entity),
        legalPersonName: legalPerson.name,
        companyType: details.companyType,
        capital: details.capital,
        founded: details.founded,
        scope: details.scope,
        authority: details.authority,
        sponsor: details.sponsor,
        issued: issueDate(entity, options.before === true),
      },
    });
  }

  /** Returns the file of the front (人像面) of a person's resident ID card. */
  idCard(person: DemoPerson): string {
    return this.add({
      file: `id-${person.key.replace(/\./g, '-')}.jpg`,
      format: 'jpeg',
      width: 1000,
      height: 700,
      content: {
        template: 'id_card',
        name: person.name,
        sex: person.sex,
        ethnicity: person.ethnicity,
        birthDate: person.birthDate,
        address: person.address,
        idNumber: person.idNumber,
        portrait: seedFromKey(person.key) % 4,
      },
    });
  }

  /** 网站备案信息真实性核验单 of one of the entity's sites (`site` indexes `entity.sites`). */
  verificationForm(entity: DemoEntity, site: number, websites: Array<{ name: string; domain: string }>): string {
    const principal = entity.websitePrincipal;
    return this.add({
      file: `form-${entity.key}-${site + 1}.jpg`,
      format: 'jpeg',
      width: 800,
      height: 1100,
      content: {
        template: 'verification_form',
        entityName: entity.name,
        certificateLabel: CERTIFICATE_LABELS[entity.certificateType] ?? '证件',
        certificateNumber: entity.certificateNumber,
        mailingAddress: certificateAddress(entity),
        principalName: entity.principal.name,
        websites,
        websitePrincipalName: principal.name,
        websitePrincipalIdNumber: principal.idNumber,
        websitePrincipalMobile: principal.mobile,
        sealed: entity.nature !== 'individual',
      },
    });
  }

  /** Returns the file of a site photo from the pool, the same one for every application of a principal. */
  sitePhoto(principal: DemoPerson, options: { oversized?: boolean; gif?: boolean; tag?: string } = {}): string {
    const variant = seedFromKey(principal.key) % SITE_PHOTO_POOL_SIZE;
    if (options.oversized || options.gif) {
      return this.add({
        file: `site-photo-${options.tag ?? principal.key.replace(/\./g, '-')}.jpg`,
        format: options.gif ? 'gif' : 'jpeg',
        width: options.oversized ? 1500 : 750,
        height: options.oversized ? 2000 : 1000,
        oversized: options.oversized,
        content: { template: 'site_photo', variant },
      });
    }
    return this.add({
      file: `site-photo-${variant + 1}.jpg`,
      format: 'jpeg',
      width: 750,
      height: 1000,
      content: { template: 'site_photo', variant },
    });
  }

  /** 信息安全管理承诺书, stamped by a unit or signed by an individual. */
  securityCommitment(entity: DemoEntity): string {
    return this.add({
      file: `commitment-${entity.key}.jpg`,
      format: 'jpeg',
      width: 800,
      height: 1100,
      content: {
        template: 'security_commitment',
        entityName: entity.name,
        websitePrincipalName: entity.websitePrincipal.name,
        sealed: entity.nature !== 'individual',
      },
    });
  }

  /** 工商变更证明 (准予变更登记通知书) for an entity that changed its name. */
  changeProof(entity: DemoEntity): string {
    if (!entity.previousName || !entity.certificate) {
      throw new Error(`entity ${entity.key} has no previous name to prove a change of`);
    }
    const seed = seedFromKey(`change:${entity.key}`);
    return this.add({
      file: `change-proof-${entity.key}.jpg`,
      format: 'jpeg',
      width: 800,
      height: 1100,
      content: {
        template: 'change_proof',
        previousName: entity.previousName,
        name: entity.name,
        creditCode: entity.certificateNumber,
        authority: entity.certificate.authority,
        documentNumber: `（${entity.certificate.authority.slice(0, 2)}）登记内变核字〔2026〕第${String(seed % 1000000).padStart(6, '0')}号`,
        issued: issueDate(entity, false),
      },
    });
  }

  private add(spec: DemoImageSpec): string {
    const known = this.specs.get(spec.file);
    if (known && JSON.stringify(known) !== JSON.stringify(spec)) {
      throw new Error(`image ${spec.file} requested with two different contents`);
    }
    this.specs.set(spec.file, spec);
    return spec.file;
  }
}

const CERTIFICATE_LABELS: Partial<Record<DemoEntity['certificateType'], string>> = {
  business_license: '营业执照',
  institution_certificate: '事业单位法人证书',
  social_group_certificate: '社会团体法人登记证书',
  resident_id: '居民身份证',
};

/**
 * Issue date of the certificate copy: a fixed date in 2025 or 2026 drawn
 * from the entity key (a later one for the copy issued after a change).
 */
function issueDate(entity: DemoEntity, before: boolean): string {
  const seed = seedFromKey(`issued:${entity.key}`);
  const changed = Boolean(entity.previousName || entity.previousStreet || entity.previousLegalPerson);
  let year = changed ? 2026 : 2025;
  if (before) year = 2021;
  const month = before ? 1 + (seed % 12) : 1 + (seed % 9);
  const day = 1 + ((seed >>> 8) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
