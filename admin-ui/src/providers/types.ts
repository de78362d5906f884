export type Role = 'specialist' | 'supervisor' | 'admin';

export interface Identity {
  id: string;
  username: string;
  role: Role;
  displayName: string;
}

export type ClockState = 'ok' | 'due_soon' | 'overdue';

export interface Clock {
  kind: 'first_review' | 'sms_verification' | 'miit_review';
  dueAt: string;
  state: ClockState;
  hoursLeft?: number;
  workingDaysLeft?: number;
  /**
   * False when the deadline counts working days through a year whose official
   * holiday schedule is not in the server's data yet. A missing value means published.
   */
  calendarPublished?: boolean;
}

export interface Finding {
  id: string;
  rule: string;
  severity: 'error' | 'warning';
  path: string;
  message: string;
  suggestion?: string;
  override?: { justification: string; userName: string; createdAt: string };
}

export interface Material {
  id: string;
  materialId: string;
  kind: string;
  website?: number | null;
  fileName: string;
  contentType: string;
  size: number;
  sniffedType?: string | null;
  width?: number | null;
  height?: number | null;
  url: string;
}

export interface RejectionReason {
  path?: string;
  ruleId?: string;
  text: string;
  suggestion?: string;
}

export interface PreviousRejection {
  revision: number;
  reasons: RejectionReason[];
  comments: Array<{
    id?: string;
    path?: string | null;
    body: string;
    authorName?: string;
    createdAt?: string;
  }>;
}

export interface DiffEntry {
  path: string;
  before: unknown;
  after: unknown;
}

export type SubmissionAction =
  | 'claim'
  | 'release'
  | 'assign'
  | 'reject'
  | 'forward'
  | 'miit_event'
  | 'site_check'
  | 'rerun_checks'
  | 'reforward'
  | 'withdraw';

export interface Submission {
  id: string;
  reference: string;
  type: string;
  status: string;
  entityName: string;
  entityNature?: string;
  province: string;
  provinceName?: string;
  assigneeId?: string | null;
  assigneeName?: string | null;
  submittedAt: string;
  receivedAt?: string;
  updatedAt: string;
  version: number;
  revision: number;
  errorCount: number;
  warningCount: number;
  domains?: string[];
  principalName?: string;
  principalMobileMasked?: string;
  clock?: Clock | null;
  smsDeadline?: string | null;
  // Detail fields (GET /api/submissions/:id only).
  application?: Application;
  findings?: Finding[];
  passed?: string[];
  materials?: Material[];
  allowedActions?: SubmissionAction[];
  revisions?: Array<{ number: number; submittedAt: string; receivedAt: string }>;
  previousRejection?: PreviousRejection | null;
  diff?: DiffEntry[];
  overrides?: Array<{
    ruleId: string;
    path: string;
    justification: string;
    userName: string;
    createdAt: string;
  }>;
  filingNumbers?: { entity: string; websites: string[] } | null;
  forwardedAt?: string | null;
  smsVerifiedAt?: string | null;
}

export interface Person {
  name?: string;
  idType?: string;
  idNumber?: string;
  idValidUntil?: string;
  mobile?: string;
  emergencyPhone?: string;
  email?: string;
  residency?: string;
}

export interface Website {
  status?: string;
  name?: string;
  domains?: string[];
  homepage?: string;
  filingNumber?: string;
  ips?: string[];
  serverRegion?: string;
  accessMethod?: string;
  serviceContent?: string[];
  preApprovals?: Array<{
    category: string;
    approvalNumber?: string;
    materialIds?: string[];
  }>;
  domainHolder?: string;
  domainExpiresAt?: string;
  principal?: Person;
  verification?: string;
}

export interface Entity {
  nature?: string;
  name?: string;
  certificateType?: string;
  certificateNumber?: string;
  certificateAddress?: string;
  region?: { province?: string; city?: string; district?: string };
  mailingAddress?: string;
  investor?: string;
  legalPerson?: Person;
  principal?: Person;
  filingNumber?: string;
  filingPassword?: string;
}

export interface Application {
  type?: string;
  submittedAt?: string;
  applicant?: { accountId?: string; name?: string; email?: string };
  entity?: Entity;
  websites?: Website[];
  previous?: { entity?: Entity; websites?: Website[] };
  materials?: Array<{ id: string; kind: string; website?: number; fileName: string }>;
}

export interface Rule {
  id: string;
  severity: 'error' | 'warning';
  title: string;
  suggestion?: string;
}

export interface DeadlineItem {
  id: string;
  reference: string;
  entityName: string;
  status?: string;
  /** The SMS window of the last forwarding; kept after the SMS step, so not the active deadline. */
  smsDeadline?: string;
  dueAt?: string;
  hoursLeft?: number;
  workingDaysLeft?: number;
}

export interface DashboardData {
  byStatus: Array<{ status: string; count: number }>;
  smsDueSoon: DeadlineItem[];
  miitOverdue: DeadlineItem[];
  miitDueSoon: DeadlineItem[];
  firstReviewOverdue: DeadlineItem[];
  queueAge: Array<{ bucket: string; count: number }>;
  decisionsPerSpecialist: Array<{
    day: string;
    userId: string;
    userName: string;
    rejected: number;
    forwarded: number;
  }>;
  topRejectionRules: Array<{ ruleId: string; count: number }>;
  funnel: {
    forwarded: number;
    smsVerified: number;
    approved: number;
    miitRejected: number;
    smsExpired: number;
  };
}

export interface MiitImportReport {
  applied: Array<{ line: number; reference: string; event: string }>;
  failed: Array<{ line: number; reference: string; message: string }>;
}
