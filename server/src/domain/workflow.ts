/**
 * The life of an application: statuses, the actions that move it, and who
 * may take them. The store and the routes ask this module; nothing else
 * decides whether a transition is allowed.
 */

export const STATUSES = [
  'pending_review',
  'in_review',
  'rejected',
  'sms_pending',
  'miit_review',
  'approved',
  'miit_rejected',
  'sms_expired',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses in which a submission is "open" for the cross-submission rules. */
export const OPEN_STATUSES: readonly Status[] = [
  'pending_review',
  'in_review',
  'sms_pending',
  'miit_review',
];

/** Statuses from which the portal may resubmit the same `externalId`. */
export const RESUBMITTABLE_STATUSES: readonly Status[] = [
  'rejected',
  'miit_rejected',
  'sms_expired',
];

export type Role = 'specialist' | 'supervisor' | 'admin';

const ROLE_RANK: Record<Role, number> = { specialist: 1, supervisor: 2, admin: 3 };

/** True when `role` has at least the rights of `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[required];
}

export type Action =
  | 'claim'
  | 'release'
  | 'assign'
  | 'reject'
  | 'forward'
  | 'miit_event'
  | 'reforward'
  | 'withdraw'
  | 'site_check'
  | 'rerun_checks';

export type MiitEvent = 'sms_verified' | 'approved' | 'rejected' | 'sms_expired';

interface ActionRule {
  from: readonly Status[];
  role: Role;
  /** The assignee, or a supervisor, must take it. */
  assigneeOnly?: boolean;
}

const ACTIONS: Record<Action, ActionRule> = {
  claim: { from: ['pending_review'], role: 'specialist' },
  release: { from: ['in_review'], role: 'specialist', assigneeOnly: true },
  assign: { from: ['pending_review', 'in_review'], role: 'supervisor' },
  reject: { from: ['in_review'], role: 'specialist', assigneeOnly: true },
  forward: { from: ['in_review'], role: 'specialist', assigneeOnly: true },
  miit_event: { from: ['sms_pending', 'miit_review'], role: 'supervisor' },
  reforward: { from: ['sms_expired'], role: 'supervisor' },
  withdraw: {
    from: ['pending_review', 'in_review', 'rejected', 'sms_pending', 'miit_review', 'miit_rejected', 'sms_expired'],
    role: 'supervisor',
  },
  site_check: { from: ['pending_review', 'in_review'], role: 'specialist' },
  rerun_checks: { from: ['pending_review', 'in_review'], role: 'specialist' },
};

/** The statuses each MIIT event may arrive in, and the status it leads to. */
export const MIIT_TRANSITIONS: Record<MiitEvent, { from: readonly Status[]; to: Status }> = {
  sms_verified: { from: ['sms_pending'], to: 'miit_review' },
  approved: { from: ['miit_review'], to: 'approved' },
  rejected: { from: ['sms_pending', 'miit_review'], to: 'miit_rejected' },
  sms_expired: { from: ['sms_pending'], to: 'sms_expired' },
};

export const ACTION_TARGET: Partial<Record<Action, Status>> = {
  claim: 'in_review',
  release: 'pending_review',
  reject: 'rejected',
  forward: 'sms_pending',
  reforward: 'sms_pending',
  withdraw: 'withdrawn',
};

export interface Actor {
  id: string;
  role: Role;
}

export interface SubmissionState {
  status: Status;
  assigneeId: string | null;
}

/** Returns why an action is not allowed, or null when it is. */
export function refusal(action: Action, state: SubmissionState, actor: Actor): string | null {
  const rule = ACTIONS[action];
  if (!hasRole(actor.role, rule.role)) return `the ${rule.role} role is required to ${action}`;
  if (!rule.from.includes(state.status)) {
    return `${action} is not allowed while the application is ${state.status}`;
  }
  if (rule.assigneeOnly && state.assigneeId !== actor.id && !hasRole(actor.role, 'supervisor')) {
    return `only the assigned specialist or a supervisor may ${action} this application`;
  }
  return null;
}

/** Lists the actions that `actor` may take now; the console shows a button for each. */
export function allowedActions(state: SubmissionState, actor: Actor): Action[] {
  return (Object.keys(ACTIONS) as Action[]).filter((action) => refusal(action, state, actor) === null);
}
