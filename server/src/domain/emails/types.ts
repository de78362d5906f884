import type { SmsVerifier } from './sms-verifiers';

export const EMAIL_KINDS = [
  'rejected',
  'forwarded',
  'approved',
  'miit_rejected',
  'sms_expired',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export interface RenderedEmail {
  /** One line: contains no CR, LF or other control character. */
  subject: string;
  text: string;
  html: string;
}

/** Facts every customer email names. */
export interface EmailContext {
  /** The console's reference of the application. */
  reference: string;
  entityName: string;
  applicantName: string;
  /** Absolute http(s) URL of the portal page where the customer resubmits. */
  portalUrl: string;
}

/** One reason for a rejection, as the reject action receives it. */
export interface RejectionReason {
  /** Field path, such as `websites[1].principal.mobile`. */
  path?: string;
  /** Problem found, in Chinese. */
  text: string;
  /** Fix to apply, in Chinese. */
  suggestion?: string;
}

export interface RejectedEmailData extends EmailContext {
  /** At least one reason. */
  reasons: RejectionReason[];
}

export interface ForwardedEmailData extends EmailContext {
  /** People who must enter MIIT's SMS code; may be empty for a `change`. */
  verifiers: SmsVerifier[];
  /** End of the 24 hours, shown in Shanghai time when given. */
  smsDeadline?: Date;
}

export interface WebsiteFilingNumber {
  name: string;
  domains: string[];
  /** The website's number, such as `闽ICP备12345678号-1`. */
  filingNumber: string;
}

export interface ApprovedEmailData extends EmailContext {
  /** The entity's number, such as `闽ICP备12345678号`. */
  entityFilingNumber: string;
  websites: WebsiteFilingNumber[];
}

export interface MiitRejectedEmailData extends EmailContext {
  /** MIIT's reason as recorded by the supervisor; may be empty. */
  reason: string;
}

export interface SmsExpiredEmailData extends EmailContext {
  /** End of the 24 hours that passed, shown in Shanghai time when given. */
  smsDeadline?: Date;
}

/** The data each kind of email is rendered from. */
export interface EmailDataByKind {
  rejected: RejectedEmailData;
  forwarded: ForwardedEmailData;
  approved: ApprovedEmailData;
  miit_rejected: MiitRejectedEmailData;
  sms_expired: SmsExpiredEmailData;
}
