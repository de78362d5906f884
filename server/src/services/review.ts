import type { Knex } from 'knex';
import { isUuid } from '../domain/ids';
import { toPlainText } from '../domain/plain-text';
import { refusal, type Actor } from '../domain/workflow';
import { ConflictError, HttpError, InputError, NotFoundError } from '../http/errors';
import { checkFieldPathsOfRevision } from '../store/field-paths';
import { enqueueCustomerEmail, renderCustomerEmail, type RenderedCustomerEmail } from './customer-emails';
import { applyTransition, lockForAction, type SubmissionRow } from './transition';

export interface ReasonInput {
  path?: string;
  ruleId?: string;
  text: string;
  suggestion?: string;
}

export interface OverrideInput {
  ruleId: string;
  path: string;
  justification: string;
}

function requireText(value: unknown, field: string, errors: Record<string, string>, max = 2000): string {
  if (typeof value !== 'string' || value.trim() === '') {
    errors[field] = 'is required';
    return '';
  }
  if (value.length > max) errors[field] = `must be at most ${max} characters`;
  return toPlainText(value).trim();
}

function optionalText(value: unknown, field: string, errors: Record<string, string>, max = 2000): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    errors[field] = 'must be text';
    return undefined;
  }
  if (value.length > max) errors[field] = `must be at most ${max} characters`;
  return toPlainText(value).trim() || undefined;
}

export function parseReasons(raw: unknown): ReasonInput[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new InputError('Give at least one reason for the rejection.', {
      reasons: 'must list at least one reason with its text',
    });
  }
  const errors: Record<string, string> = {};
  const reasons = raw.map((item, index) => {
    const reason = (item ?? {}) as Record<string, unknown>;
    return {
      path: optionalText(reason.path, `reasons[${index}].path`, errors, 200),
      ruleId: optionalText(reason.ruleId, `reasons[${index}].ruleId`, errors, 200),
      text: requireText(reason.text, `reasons[${index}].text`, errors),
      suggestion: optionalText(reason.suggestion, `reasons[${index}].suggestion`, errors),
    };
  });
  if (Object.keys(errors).length) throw new InputError('Some reasons are incomplete.', errors);
  return reasons;
}

/**
 * Rejects reasons whose path names no field of the current revision: a path
 * into a website or person that does not exist would reach the customer as
 * gibberish. The paths of the revision's findings are always accepted.
 */
async function checkReasonPaths(db: Knex, row: SubmissionRow, reasons: ReasonInput[]): Promise<void> {
  const errors: Record<string, string> = {};
  const paths = reasons.map((reason, index): [string, string | undefined] => [`reasons[${index}].path`, reason.path]);
  await checkFieldPathsOfRevision(db, { id: row.id, revision: row.revision }, paths, errors);
  if (Object.keys(errors).length) {
    throw new InputError('Some reasons point at fields that this application does not have.', errors);
  }
}

async function currentRevisionId(trx: Knex.Transaction, row: SubmissionRow): Promise<string> {
  const revision = await trx('revisions').where({ submission_id: row.id, number: row.revision }).first('id');
  return revision.id;
}

export async function claim(db: Knex, id: string, version: unknown, actor: Actor, now = new Date()) {
  return db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'claim', actor);
    return applyTransition(trx, row, { to: 'in_review', action: 'claim', actorId: actor.id, columns: { assignee_id: actor.id }, now });
  });
}

/**
 * Claims the oldest unassigned application waiting for first review. SKIP
 * LOCKED lets many specialists press "next" at once: each gets a different
 * application, and none is skipped while it is still unclaimed.
 */
export async function claimNext(db: Knex, actor: Actor, now = new Date()) {
  return db.transaction(async (trx) => {
    const row = await trx('submissions')
      .where({ status: 'pending_review' })
      .whereNull('assignee_id')
      .orderBy([{ column: 'received_at' }, { column: 'id' }])
      .forUpdate()
      .skipLocked()
      .first();
    if (!row) throw new NotFoundError('The queue is empty: no unassigned application waits for review.');
    return applyTransition(trx, row, { to: 'in_review', action: 'claim', actorId: actor.id, columns: { assignee_id: actor.id }, detail: { next: true }, now });
  });
}

export async function release(db: Knex, id: string, version: unknown, actor: Actor, now = new Date()) {
  return db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'release', actor);
    return applyTransition(trx, row, { to: 'pending_review', action: 'release', actorId: actor.id, columns: { assignee_id: null }, now });
  });
}

export async function assign(db: Knex, id: string, version: unknown, assigneeId: unknown, actor: Actor, now = new Date()) {
  if (!isUuid(assigneeId)) {
    throw new InputError('Choose the specialist to assign.', { assigneeId: 'must be the id of an active user' });
  }
  return db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'assign', actor);
    const assignee = await trx('users').where({ id: assigneeId, active: true }).first('id', 'display_name');
    if (!assignee) throw new InputError('No active user with that id.', { assigneeId: 'must be the id of an active user' });
    return applyTransition(trx, row, {
      to: 'in_review',
      action: 'assign',
      actorId: actor.id,
      columns: { assignee_id: assignee.id },
      detail: { from: row.assignee_id, to: assignee.id },
      now,
    });
  });
}

export async function reject(db: Knex, id: string, version: unknown, rawReasons: unknown, actor: Actor, now = new Date()) {
  const reasons = parseReasons(rawReasons);
  return db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'reject', actor);
    await checkReasonPaths(trx, row, reasons);
    const [rejection] = await trx('rejections')
      .insert({ submission_id: row.id, revision: row.revision, kind: 'rejected', reasons: JSON.stringify(reasons), user_id: actor.id })
      .returning('id');
    const updated = await applyTransition(trx, row, {
      to: 'rejected',
      action: 'reject',
      actorId: actor.id,
      columns: { decided_at: now },
      detail: { reasons: reasons.length, rules: reasons.map((r) => r.ruleId).filter(Boolean) },
      now,
    });
    await enqueueCustomerEmail(trx, updated, { kind: 'rejected', eventKey: `rejected:${rejection.id}`, reasons });
    return updated;
  });
}

/**
 * Renders the email that rejecting with `rawReasons` would send, after the
 * same checks of the reasons, without changing anything.
 */
export async function previewRejection(db: Knex, id: string, rawReasons: unknown, actor: Actor): Promise<RenderedCustomerEmail> {
  const reasons = parseReasons(rawReasons);
  if (!isUuid(id)) throw new NotFoundError(`No submission with id ${id}.`);
  const row: SubmissionRow | undefined = await db('submissions').where({ id }).first();
  if (!row) throw new NotFoundError(`No submission with id ${id}.`);
  // Only who may reject may preview: the reviewer of an application under review, or a supervisor.
  const disallowedReason = refusal('reject', { status: row.status, assigneeId: row.assignee_id }, actor);
  if (disallowedReason) throw new ConflictError(`Cannot reject ${row.reference}: ${disallowedReason}.`, { status: row.status });
  await checkReasonPaths(db, row, reasons);
  return renderCustomerEmail(db, row, { kind: 'rejected', eventKey: `preview:${id}`, reasons });
}

function parseOverrides(raw: unknown): OverrideInput[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new InputError('overrides must be a list.', { overrides: 'must be a list' });
  const errors: Record<string, string> = {};
  const overrides = raw.map((item, index) => {
    const override = (item ?? {}) as Record<string, unknown>;
    return {
      ruleId: requireText(override.ruleId, `overrides[${index}].ruleId`, errors, 200),
      path: requireText(override.path, `overrides[${index}].path`, errors, 200),
      justification: requireText(override.justification, `overrides[${index}].justification`, errors),
    };
  });
  if (Object.keys(errors).length) {
    throw new InputError('Every override needs the rule, the path and a written justification.', errors);
  }
  return overrides;
}

/**
 * Forwards an application to MIIT. Every error finding of the current
 * revision needs an override with a written justification, given now or
 * earlier on this revision. Otherwise a 422 lists the blocking findings.
 */
export async function forward(db: Knex, id: string, version: unknown, rawOverrides: unknown, actor: Actor, now = new Date()) {
  const overrides = parseOverrides(rawOverrides);
  return db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'forward', actor);
    const revisionId = await currentRevisionId(trx, row);
    const errors = await trx('findings').where({ revision_id: revisionId, severity: 'error' }).select('rule', 'path', 'message', 'suggestion', 'severity');
    const existing = await trx('overrides').where({ submission_id: row.id, revision: row.revision }).select('rule_id', 'path');
    const key = (rule: string, path: string) => `${rule}|${path}`;

    const known = new Set(errors.map((f) => key(f.rule, f.path)));
    const unknown = overrides.filter((o) => !known.has(key(o.ruleId, o.path)));
    if (unknown.length) {
      throw new InputError('An override names no current error finding.', Object.fromEntries(
        unknown.map((o) => [`overrides.${o.ruleId}`, `no error finding ${o.ruleId} at ${o.path} on this revision`]),
      ));
    }
    const covered = new Set([...existing.map((o) => key(o.rule_id, o.path)), ...overrides.map((o) => key(o.ruleId, o.path))]);
    const blocking = errors.filter((f) => !covered.has(key(f.rule, f.path)));
    if (blocking.length) {
      throw new HttpError(
        422,
        `${blocking.length} error finding(s) block forwarding: fix them through a rejection, or override each with a written justification.`,
        { findings: blocking.map((f) => ({ ...f, suggestion: f.suggestion ?? undefined })) },
      );
    }
    if (overrides.length) {
      await trx('overrides').insert(
        overrides.map((o) => ({ submission_id: row.id, revision: row.revision, rule_id: o.ruleId, path: o.path, justification: o.justification, user_id: actor.id })),
      );
    }
    const updated = await applyTransition(trx, row, {
      to: 'sms_pending',
      action: 'forward',
      actorId: actor.id,
      columns: { forwarded_at: now, sms_deadline: new Date(now.getTime() + 24 * 3600 * 1000), sms_verified_at: null, decided_at: now },
      detail: { overrides },
      now,
    });
    await enqueueCustomerEmail(trx, updated, { kind: 'forwarded', eventKey: `forwarded:${row.id}:${row.version}` });
    return updated;
  });
}

/** Forwards again after the 24-hour SMS window passed, with a new window. */
export async function reforward(db: Knex, id: string, version: unknown, actor: Actor, now = new Date()) {
  return db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'reforward', actor);
    const updated = await applyTransition(trx, row, {
      to: 'sms_pending',
      action: 'reforward',
      actorId: actor.id,
      columns: { forwarded_at: now, sms_deadline: new Date(now.getTime() + 24 * 3600 * 1000) },
      now,
    });
    await enqueueCustomerEmail(trx, updated, { kind: 'forwarded', eventKey: `forwarded:${row.id}:${row.version}` });
    return updated;
  });
}

export async function withdraw(db: Knex, id: string, version: unknown, reason: unknown, actor: Actor, now = new Date()) {
  const errors: Record<string, string> = {};
  const text = requireText(reason, 'reason', errors, 500);
  if (Object.keys(errors).length) throw new InputError('Say why the application is withdrawn.', errors);
  return db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'withdraw', actor);
    // Queued emails describe a step the customer has withdrawn from, so they are cancelled.
    // One under a sender's lease is cancelled too: if its attempt fails it is not retried,
    // and if the mail server accepts it, the sender records it as sent.
    const cancelledEmails = await trx('emails')
      .where({ submission_id: row.id, status: 'queued' })
      .update({ status: 'cancelled', last_error: 'Cancelled: the application was withdrawn before it was sent.' });
    return applyTransition(trx, row, {
      to: 'withdrawn',
      action: 'withdraw',
      actorId: actor.id,
      columns: { decided_at: now },
      detail: { reason: text, cancelledEmails },
      now,
    });
  });
}

export { ConflictError };
