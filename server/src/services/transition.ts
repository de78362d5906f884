import type { Knex } from 'knex';
import { isUuid } from '../domain/ids';
import type { Status } from '../domain/workflow';
import { refusal, type Action, type Actor } from '../domain/workflow';
import { ConflictError, InputError, NotFoundError } from '../http/errors';
import { recordAudit } from '../store/audit';
import { clockColumns } from './clock-columns';

export type SubmissionRow = Record<string, any>;

/** Says who changed the submission last, for a 409 on a stale version. */
async function lastChange(trx: Knex.Transaction, submissionId: string): Promise<string> {
  const event = await trx('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .where('a.submission_id', submissionId)
    .orderBy('a.id', 'desc')
    .first('a.action', 'a.created_at', 'a.actor_label', 'u.display_name');
  if (!event) return '';
  const who = event.display_name ?? event.actor_label ?? 'someone';
  return ` ${who} acted first (${event.action} at ${new Date(event.created_at).toISOString()}).`;
}

/**
 * Locks the submission row and checks that the caller's `version` is
 * current and that `action` is allowed; throws 404 or 409 otherwise.
 */
export async function lockForAction(
  trx: Knex.Transaction,
  submissionId: string,
  version: unknown,
  action: Action,
  actor: Actor,
): Promise<SubmissionRow> {
  if (!Number.isInteger(version) || (version as number) < 1) {
    throw new InputError('Send the version of the application you are acting on.', {
      version: 'is required: the positive whole number from the record you read, so a stale view is detected',
    });
  }
  if (!isUuid(submissionId)) throw new NotFoundError(`No submission with id ${submissionId}.`);
  const row = await trx('submissions').where({ id: submissionId }).forUpdate().first();
  if (!row) throw new NotFoundError(`No submission with id ${submissionId}.`);
  if (version !== row.version) {
    throw new ConflictError(
      `This application has changed since you opened it (your version ${version}, now ${row.version}).` +
        (await lastChange(trx, submissionId)) +
        ' Reload it and try again.',
      { version: row.version, status: row.status },
    );
  }
  const why = refusal(action, { status: row.status, assigneeId: row.assignee_id }, actor);
  if (why) throw new ConflictError(`Cannot ${action} ${row.reference}: ${why}.`, { status: row.status });
  return row;
}

/**
 * Moves a locked submission to `to`, bumps its version, resets its clock
 * columns for the new status and writes the audit event, in `trx`.
 */
export async function applyTransition(
  trx: Knex.Transaction,
  row: SubmissionRow,
  change: {
    to: Status;
    action: string;
    actorId?: string | null;
    actorLabel?: string;
    columns?: Record<string, unknown>;
    detail?: Record<string, unknown>;
    now: Date;
  },
): Promise<SubmissionRow> {
  const merged: SubmissionRow = { ...row, ...change.columns, status: change.to };
  const clocks = clockColumns(
    {
      status: change.to,
      submittedAt: new Date(merged.received_at),
      forwardedAt: merged.forwarded_at ? new Date(merged.forwarded_at) : null,
      smsVerifiedAt: merged.sms_verified_at ? new Date(merged.sms_verified_at) : null,
      provinceCode: merged.province,
    },
    change.now,
  );
  const [updated] = await trx('submissions')
    .where({ id: row.id })
    .update({
      ...change.columns,
      ...clocks,
      status: change.to,
      version: row.version + 1,
      updated_at: change.now,
    })
    .returning('*');
  await recordAudit(trx, {
    submissionId: row.id,
    actorId: change.actorId ?? null,
    actorLabel: change.actorLabel,
    action: change.action,
    fromStatus: row.status,
    toStatus: change.to,
    detail: change.detail,
    at: change.now,
  });
  return updated;
}
