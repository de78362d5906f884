import type { Knex } from 'knex';
import type { Application } from '../domain/application';
import { validateApprovalNumbers, type FilingNumbers } from '../domain/filing-numbers';
import { MIIT_TRANSITIONS, refusal, type Actor, type MiitEvent } from '../domain/workflow';
import { ConflictError, InputError } from '../http/errors';
import { enqueueCustomerEmail } from './customer-emails';
import { applyTransition, lockForAction, type SubmissionRow } from './transition';

export const MIIT_EVENTS = Object.keys(MIIT_TRANSITIONS) as MiitEvent[];

/** The SMS-timeout reason customers read, as in the reason templates. */
export const SMS_TIMEOUT_REASON = {
  text: '短信核验超时（24 小时内未完成）被退回',
  suggestion: '直接重新提交，并在收到短信后 24 小时内完成核验',
};

export interface MiitEventInput {
  event: unknown;
  filingNumbers?: unknown;
  reason?: unknown;
  occurredAt?: Date;
}

async function currentApplication(trx: Knex.Transaction, row: SubmissionRow): Promise<Application> {
  const revision = await trx('revisions').where({ submission_id: row.id, number: row.revision }).first('payload');
  return revision.payload as Application;
}

/** Website numbers of the entity already on record, to keep `-n` unique. */
async function numbersOnRecord(trx: Knex.Transaction, certificateNumber: string): Promise<string[]> {
  const rows = await trx('filed_websites').where({ certificate_number: certificateNumber }).whereNotNull('filing_number').select('filing_number');
  return rows.map((row) => row.filing_number);
}

/**
 * Records one MIIT event on a locked submission: moves it along,
 * keeps the approved filing as the record later applications are checked
 * against, and queues the customer's email. `actor` is null for the SMS clock.
 */
export async function applyMiitEvent(
  trx: Knex.Transaction,
  row: SubmissionRow,
  input: MiitEventInput,
  actor: { id: string | null; label?: string },
  source: 'console' | 'import' | 'clock',
  now: Date,
): Promise<SubmissionRow> {
  const event = input.event as MiitEvent;
  if (!MIIT_EVENTS.includes(event)) {
    throw new InputError(`Unknown MIIT event "${String(input.event)}".`, { event: `must be one of ${MIIT_EVENTS.join(', ')}` });
  }
  const transition = MIIT_TRANSITIONS[event];
  if (!transition.from.includes(row.status)) {
    throw new ConflictError(`Cannot record ${event} on ${row.reference}: it is ${row.status}, and ${event} applies only to ${transition.from.join(' or ')}.`, { status: row.status });
  }
  const occurredAt = input.occurredAt ?? now;
  const columns: Record<string, unknown> = {};
  let filingNumbers: FilingNumbers | undefined;
  let reason: string | undefined;
  const application = await currentApplication(trx, row);

  if (event === 'approved') {
    const result = validateApprovalNumbers(input.filingNumbers, application, await numbersOnRecord(trx, row.certificate_number));
    if (!result.ok) throw new InputError('The filing numbers are not valid for this application.', result.errors);
    filingNumbers = result.numbers;
    Object.assign(columns, { filing_numbers: JSON.stringify(filingNumbers), decided_at: occurredAt });
  }
  if (event === 'rejected') {
    if (typeof input.reason !== 'string' || input.reason.trim() === '') {
      throw new InputError("Give MIIT's reason for returning the application.", { reason: 'is required for a rejected event' });
    }
    reason = input.reason.trim().slice(0, 2000);
    columns.decided_at = occurredAt;
  }
  if (event === 'sms_verified') columns.sms_verified_at = occurredAt;

  const after = event === 'approved' || (event === 'rejected' && row.status === 'miit_review') ? row.sms_verified_at : row.forwarded_at;
  if (after && occurredAt.getTime() < new Date(after).getTime()) {
    throw new InputError(`The time of the ${event} event is before the step it follows.`, {
      occurredAt: `${occurredAt.toISOString()} is before ${new Date(after).toISOString()}, when the application reached ${row.status}`,
    });
  }
  if (occurredAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new InputError(`The time of the ${event} event is in the future.`, { occurredAt: `${occurredAt.toISOString()} is later than now` });
  }
  const [recorded] = await trx('miit_events')
    .insert({
      submission_id: row.id,
      event,
      filing_numbers: filingNumbers ? JSON.stringify(filingNumbers) : null,
      reason: reason ?? null,
      occurred_at: occurredAt,
      recorded_by: actor.id,
      source,
    })
    .returning('id');

  const updated = await applyTransition(trx, row, {
    to: transition.to,
    action: `miit_${event}`,
    actorId: actor.id,
    actorLabel: actor.label,
    columns,
    detail: { source, ...(filingNumbers ? { filingNumbers } : {}), ...(reason ? { reason } : {}) },
    now,
  });

  if (event === 'approved' && filingNumbers) {
    await recordApprovedFiling(trx, updated, application, filingNumbers, occurredAt);
    await trx('submissions')
      .where({ id: row.id })
      .update({ search_text: trx.raw("search_text || ' ' || ?", [[filingNumbers.entity, ...filingNumbers.websites].join(' ').toLowerCase()]) });
    await enqueueCustomerEmail(trx, updated, { kind: 'approved', eventKey: `approved:${recorded.id}`, filingNumbers });
  }
  if (event === 'rejected') {
    await trx('rejections').insert({ submission_id: row.id, revision: row.revision, kind: 'miit_rejected', reasons: JSON.stringify([{ text: reason, suggestion: '按管局意见修改后重新提交' }]), user_id: actor.id });
    await enqueueCustomerEmail(trx, updated, { kind: 'miit_rejected', eventKey: `miit_rejected:${recorded.id}`, miitReason: reason });
  }
  if (event === 'sms_expired') {
    await trx('rejections').insert({ submission_id: row.id, revision: row.revision, kind: 'sms_expired', reasons: JSON.stringify([SMS_TIMEOUT_REASON]), user_id: actor.id });
    await enqueueCustomerEmail(trx, updated, { kind: 'sms_expired', eventKey: `sms_expired:${recorded.id}` });
  }
  return updated;
}

/** Stores the approved websites as the entity's filing record. */
async function recordApprovedFiling(
  trx: Knex.Transaction,
  row: SubmissionRow,
  application: Application,
  numbers: FilingNumbers,
  approvedAt: Date,
): Promise<void> {
  const normalised = (await trx('revisions').where({ submission_id: row.id, number: row.revision }).first('normalised')).normalised as Application;
  let next = 0;
  const rows = normalised.websites.map((website, index) => {
    const filingNumber = website.status === 'new' ? numbers.websites[next++] : application.websites[index].filingNumber ?? null;
    return {
      submission_id: row.id,
      certificate_number: normalised.entity.certificateNumber,
      entity_name: normalised.entity.name,
      entity_filing_number: numbers.entity,
      domain: website.domains[0] ?? '',
      name: website.name,
      filing_number: filingNumber,
      principal_id_number: website.principal.idNumber,
      principal_name: website.principal.name,
      approved_at: approvedAt,
    };
  });
  // A change or a new website replaces the entity's earlier record of the same domains.
  await trx('filed_websites')
    .where({ certificate_number: normalised.entity.certificateNumber })
    .whereIn('domain', rows.map((r) => r.domain))
    .delete();
  if (rows.length) await trx('filed_websites').insert(rows);
}

export async function recordMiitEvent(db: Knex, id: string, version: unknown, input: MiitEventInput, actor: Actor, now = new Date()) {
  return db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'miit_event', actor);
    return applyMiitEvent(trx, row, input, { id: actor.id }, 'console', now);
  });
}

/**
 * Expires every application whose 24-hour SMS window has passed. Each one
 * is locked with SKIP LOCKED and its status re-checked inside its own
 * transaction, so with several instances running each expiry happens once
 * (tested with two concurrent workers on PostgreSQL).
 */
export async function expireSmsVerifications(db: Knex, now = new Date(), limit = 100): Promise<string[]> {
  const expired: string[] = [];
  for (let i = 0; i < limit; i++) {
    const reference = await db.transaction(async (trx) => {
      const row = await trx('submissions')
        .where({ status: 'sms_pending' })
        .andWhere('sms_deadline', '<=', now)
        .orderBy('sms_deadline')
        .forUpdate()
        .skipLocked()
        .first();
      if (!row) return null;
      await applyMiitEvent(trx, row, { event: 'sms_expired', occurredAt: new Date(row.sms_deadline) }, { id: null, label: 'sms-clock' }, 'clock', now);
      return row.reference as string;
    });
    if (!reference) break;
    expired.push(reference);
  }
  return expired;
}

export { refusal };
