/** Every action the server writes to the audit trail. Each has a label under app.audit_action. */
export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'submitted',
  'resubmitted',
  'claim',
  'release',
  'assign',
  'reject',
  'forward',
  'reforward',
  'withdraw',
  'miit_sms_verified',
  'miit_approved',
  'miit_rejected',
  'miit_sms_expired',
  'rerun_checks',
  'site_check',
  'comment',
  'email.resend',
  'reason-templates.create',
  'reason-templates.update',
  'reason-templates.delete',
  'reference-data.create',
  'reference-data.update',
  'reference-data.delete',
  'users.create',
  'users.update',
  'users.delete',
  'intake-keys.create',
  'intake-keys.revoke',
] as const;

/**
 * The server's names for actors that are not users, stored in actor_label.
 * Each has a label under app.audit_actor.
 */
export const AUDIT_ACTOR_LABELS = ['login', 'intake', 'sms-clock'] as const;
