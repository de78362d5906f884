import type { Application, UploadedFileFacts } from '../application';

export type Severity = 'error' | 'warning';

/** One problem a rule found, in the shape the intake API returns. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Field path with dots and zero-based indexes, e.g. `websites[1].domains[0]`. */
  path: string;
  /** Chinese text for the specialist and the applicant: what is wrong. */
  message: string;
  /** Chinese text: how to fix it. */
  suggestion?: string;
}

/** A stored submission that a cross-submission rule compares with. */
export interface OtherSubmissionRef {
  submissionId: string;
  reference: string;
  status: string;
}

/**
 * Read-only facts about other stored submissions, loaded by the store
 * before the rules run so that the rules stay pure. Keys are normalised
 * values (upper-case document numbers, ASCII lower-case domains, bare
 * 11-digit mobiles). The submission being judged is never included.
 */
export interface OtherSubmissionsView {
  /** Open submissions whose entity has this certificate number. */
  openByCertificateNumber: Map<string, OtherSubmissionRef[]>;
  /** Open submissions that list this domain in any website. */
  openByDomain: Map<string, OtherSubmissionRef[]>;
  /**
   * Submissions of another entity (other certificate number) in which this
   * mobile is a principal's mobile, with that entity's certificate number.
   */
  principalMobiles: Map<
    string,
    Array<OtherSubmissionRef & { certificateNumber: string }>
  >;
  /**
   * Approved websites of entities, by the entity's certificate number: the
   * record later `new_website` and `change` applications are checked against.
   */
  approvedWebsitesByCertificateNumber: Map<
    string,
    Array<{
      reference: string;
      domain: string;
      name: string;
      filingNumber: string | null;
      principalIdNumber: string;
      principalName: string;
    }>
  >;
}

/** Provincial and provider data that rules read; rows of reference tables. */
export interface ReferenceData {
  /** MIIT-approved top-level domains, ASCII (punycode) form, lower case. */
  approvedTlds: Set<string>;
  /** Minimum age of a website principal by province code prefix (2 digits) and kind. */
  minimumAges: Array<{
    provinceCode: string;
    appliesTo: 'unit' | 'individual';
    minimumAge: number;
  }>;
  forbiddenWords: string[];
  reservedWords: string[];
  /** Words reserved for units in every province. */
  personalRestrictedWords: string[];
  /** Further words reserved for units in one province, by 2-digit province code. */
  personalRestrictedWordsByProvince?: Map<string, string[]>;
  /** The provider's address space, CIDR notation. */
  providerIpRanges: string[];
}

export interface RuleContext {
  /** The submission day, `YYYY-MM-DD` in Asia/Shanghai. */
  today: string;
  /** True for `POST /api/intake/check`: declared sizes and types are judged. */
  dryRun: boolean;
  /** Facts from the uploaded bytes, by material id; empty in a dry run. */
  files: Map<string, UploadedFileFacts>;
  reference: ReferenceData;
  others: OtherSubmissionsView;
}

export interface EvaluationResult {
  findings: Finding[];
  /** Ids of the rules that were evaluated and found nothing. */
  passed: string[];
}
