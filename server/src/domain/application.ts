/**
 * The application as the filing portal sends it to the intake API. The JSON
 * Schema in `db/data/submission.schema.json` checks this shape at the door.
 */

export const APPLICATION_TYPES = [
  'new_filing',
  'new_website',
  'change',
  'access_transfer',
  'new_website_filed_elsewhere',
] as const;
export type ApplicationType = (typeof APPLICATION_TYPES)[number];

export const ENTITY_NATURES = [
  'enterprise',
  'individual',
  'government',
  'institution',
  'social_group',
  'private_non_enterprise',
  'foundation',
  'other',
] as const;
export type EntityNature = (typeof ENTITY_NATURES)[number];

export const PERSONAL_ID_TYPES = [
  'resident_id',
  'passport',
  'hk_macau_permit',
  'taiwan_permit',
  'hmt_residence_permit',
  'foreign_permanent_residence',
] as const;
export type PersonalIdType = (typeof PERSONAL_ID_TYPES)[number];

export const UNIT_CERTIFICATE_TYPES = [
  'business_license',
  'institution_certificate',
  'social_group_certificate',
  'organization_code',
] as const;
export type CertificateType =
  | (typeof UNIT_CERTIFICATE_TYPES)[number]
  | PersonalIdType;

export type Residency = 'mainland' | 'hk' | 'mo' | 'tw' | 'foreign';

export interface Person {
  name: string;
  idType: PersonalIdType;
  idNumber: string;
  /** `YYYY-MM-DD`, or `long_term` for 长期. */
  idValidUntil: string;
  mobile: string;
  emergencyPhone?: string;
  email: string;
}

export interface LegalPerson {
  name: string;
  idType: PersonalIdType;
  idNumber: string;
  idValidUntil?: string;
  mobile?: string;
  emergencyPhone?: string;
  email?: string;
  residency: Residency;
}

export interface Region {
  province: string;
  city: string;
  district: string;
}

export interface Entity {
  nature: EntityNature;
  name: string;
  certificateType: CertificateType;
  certificateNumber: string;
  certificateAddress: string;
  region: Region;
  mailingAddress: string;
  investor?: string;
  legalPerson?: LegalPerson;
  principal: Person;
  filingNumber?: string;
  filingPassword?: string;
}

export const PRE_APPROVAL_CATEGORIES = [
  'news',
  'publishing',
  'education',
  'medical',
  'drugs_devices',
  'culture',
  'radio_film_tv',
  'bbs',
  'online_car_hailing',
  'finance',
  'games',
] as const;
export type PreApprovalCategory = (typeof PRE_APPROVAL_CATEGORIES)[number];

export interface PreApproval {
  category: PreApprovalCategory;
  approvalNumber?: string;
  materialIds?: string[];
}

export type WebsiteStatus = 'new' | 'existing' | 'modified';
export type ServiceContent =
  | 'corporate_portal'
  | 'webmail'
  | 'personal_space'
  | 'other';

export interface Website {
  status: WebsiteStatus;
  name: string;
  domains: string[];
  homepage?: string;
  filingNumber?: string;
  ips: string[];
  /** Six-digit GB/T 2260 code, or `hk`, `mo`, `tw`, `overseas`. */
  serverRegion: string;
  accessMethod:
    | 'virtual_host'
    | 'cloud_server'
    | 'dedicated'
    | 'colocation'
    | 'other';
  serviceContent: ServiceContent[];
  preApprovals: PreApproval[];
  domainHolder?: string;
  domainExpiresAt?: string;
  principal: Person;
  verification: 'electronic' | 'curtain';
}

export const MATERIAL_KINDS = [
  'entity_certificate',
  'principal_id',
  'legal_person_id',
  'website_principal_id',
  'verification_form',
  'site_photo',
  'security_commitment',
  'pre_approval',
  'change_proof',
  'commitment_not_involved',
  'other',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export interface Material {
  id: string;
  kind: MaterialKind;
  /** Zero-based index of the website the material belongs to. */
  website?: number;
  fileName: string;
  contentType: string;
  size: number;
}

export interface Application {
  externalId: string;
  type: ApplicationType;
  submittedAt: string;
  applicant: { accountId: string; name: string; email: string };
  entity: Entity;
  websites: Website[];
  previous?: { entity: Entity; websites: Website[] };
  materials: Material[];
}

/**
 * Facts read from an uploaded file's bytes. Absent in a dry run, where the
 * rules judge the declared `size` and `contentType` instead.
 */
export interface UploadedFileFacts {
  size: number;
  /** Media type sniffed from the first bytes, or null when unrecognised. */
  sniffedType: string | null;
  width?: number;
  height?: number;
}
