import type { Knex } from 'knex';
import type { Logger } from '../logger';
import type { MailTransport } from './mail-transport';

/**
 * Statuses of an email in the outbox: `queued` until sent, `failed` after the
 * last attempt, `cancelled` when its application was withdrawn first.
 */
export const EMAIL_STATUSES = ['queued', 'sent', 'failed', 'cancelled'] as const;

/** Attempts before an email is marked failed for a supervisor to resend. */
export const MAX_ATTEMPTS = 10;

/**
 * Wait before attempt n+1: 30 s doubling to a cap of 30 min. Ten attempts
 * span about 2.5 hours, so an SMTP outage of an hour loses nothing.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 30 * 60_000);
}

/** How long a worker owns a claimed email; longer than any SMTP timeout. */
export const LEASE_MS = 2 * 60_000;

/**
 * Sends the due emails of the outbox once. Each email is claimed with FOR
 * UPDATE SKIP LOCKED and a lease, so several app instances never send the
 * same email at the same time. When a worker dies mid-send, the lease
 * expires and another worker tries again. Delivery is therefore at least
 * once, and the stable Message-ID lets mail systems drop the rare duplicate.
 * Returns how many were sent, retried and failed.
 */
export async function sendDueEmails(
  db: Knex,
  transport: MailTransport,
  options: { from: string; log: Logger; now?: () => Date; batch?: number },
): Promise<{ sent: number; failed: number; retried: number }> {
  const now = options.now ?? (() => new Date());
  const claimedAt = now();
  const claimed = await db.transaction(async (trx) => {
    const due = await trx('emails')
      .where('status', 'queued')
      .andWhere('next_attempt_at', '<=', claimedAt)
      .andWhere((q) => q.whereNull('locked_until').orWhere('locked_until', '<', claimedAt))
      .orderBy('next_attempt_at')
      .limit(options.batch ?? 20)
      .forUpdate()
      .skipLocked()
      .select('id');
    if (due.length === 0) return [];
    return trx('emails')
      .whereIn('id', due.map((row) => row.id))
      .update({ locked_until: new Date(claimedAt.getTime() + LEASE_MS), attempts: db.raw('attempts + 1') })
      .returning('*');
  });

  const outcome = { sent: 0, failed: 0, retried: 0 };
  for (const email of claimed) {
    const ids = { emailId: email.id, submissionId: email.submission_id, kind: email.kind, attempt: email.attempts };
    try {
      await transport.send({
        id: email.id,
        from: options.from,
        to: email.to_address,
        subject: email.subject,
        text: email.text_body,
        html: email.html_body,
        messageId: email.message_id,
      });
      await db('emails')
        .where({ id: email.id, attempts: email.attempts })
        .update({ status: 'sent', sent_at: now(), locked_until: null, last_error: null });
      outcome.sent++;
      options.log.info(ids, 'email sent');
    } catch (error) {
      const message = (error as Error).message?.slice(0, 500) ?? String(error);
      const final = email.attempts >= MAX_ATTEMPTS;
      // A withdrawal may have cancelled the email while this attempt ran: it stays cancelled.
      const updated = await db('emails')
        .where({ id: email.id, attempts: email.attempts, status: 'queued' })
        .update({
          status: final ? 'failed' : 'queued',
          last_error: message,
          locked_until: null,
          next_attempt_at: new Date(now().getTime() + retryDelayMs(email.attempts)),
        });
      if (updated === 0) {
        options.log.info({ ...ids, err: message }, 'email send failed after it was cancelled; not retried');
      } else if (final) {
        outcome.failed++;
        options.log.error({ ...ids, err: error }, 'email failed after the last attempt');
      } else {
        outcome.retried++;
        options.log.warn({ ...ids, err: message }, 'email send failed; will retry');
      }
    }
  }
  return outcome;
}

/**
 * Puts a failed email back in the queue for a fresh round of attempts, unless
 * its application has been withdrawn since.
 */
export async function requeueEmail(db: Knex, id: string): Promise<boolean> {
  const updated = await db('emails')
    .where({ id, status: 'failed' })
    .whereNotExists(db('submissions').whereRaw('submissions.id = emails.submission_id').andWhere({ status: 'withdrawn' }))
    .update({ status: 'queued', attempts: 0, next_attempt_at: db.fn.now(), locked_until: null });
  return updated > 0;
}
