import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { Application } from '../domain/application';
import { renderEmail, smsVerifiers, type RejectionReason } from '../domain/emails';
import type { FilingNumbers } from '../domain/filing-numbers';
import type { SubmissionRow } from './transition';

export type CustomerEmailEvent =
  | { kind: 'rejected'; eventKey: string; reasons: RejectionReason[] }
  | { kind: 'forwarded'; eventKey: string }
  | { kind: 'approved'; eventKey: string; filingNumbers: FilingNumbers }
  | { kind: 'miit_rejected'; eventKey: string; miitReason?: string }
  | { kind: 'sms_expired'; eventKey: string };

/** Settings the emails need that are not in the submission; set once at start-up. */
const emailSettings = { portalUrl: 'https://beian.example.com/portal', mailDomain: 'localhost' };

export function configureCustomerEmails(options: { portalUrl: string; mailFrom: string }): void {
  emailSettings.portalUrl = options.portalUrl;
  emailSettings.mailDomain = (/@([^>\s]+)>?\s*$/.exec(options.mailFrom)?.[1] ?? 'localhost').toLowerCase();
}

function render(event: CustomerEmailEvent, row: SubmissionRow, application: Application) {
  const context = {
    reference: row.reference,
    entityName: application.entity.name,
    applicantName: application.applicant.name,
    portalUrl: emailSettings.portalUrl,
  };
  switch (event.kind) {
    case 'rejected':
      return renderEmail('rejected', { ...context, reasons: event.reasons });
    case 'forwarded':
      return renderEmail('forwarded', {
        ...context,
        verifiers: smsVerifiers(application),
        smsDeadline: row.sms_deadline ? new Date(row.sms_deadline) : undefined,
      });
    case 'approved': {
      let next = 0;
      const websites = application.websites
        .filter((website) => website.status === 'new')
        .map((website) => ({ name: website.name, domains: website.domains, filingNumber: event.filingNumbers.websites[next++] }));
      return renderEmail('approved', { ...context, entityFilingNumber: event.filingNumbers.entity, websites });
    }
    case 'miit_rejected':
      return renderEmail('miit_rejected', { ...context, reason: event.miitReason ?? '' });
    case 'sms_expired':
      return renderEmail('sms_expired', { ...context, smsDeadline: row.sms_deadline ? new Date(row.sms_deadline) : undefined });
  }
}

/** A customer email as rendered, before it is queued. */
export interface RenderedCustomerEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Renders the customer's email for a workflow event from the submission's current revision. */
export async function renderCustomerEmail(
  db: Knex,
  row: SubmissionRow,
  event: CustomerEmailEvent,
): Promise<RenderedCustomerEmail> {
  const revision = await db('revisions').where({ submission_id: row.id, number: row.revision }).first('payload');
  const application = revision.payload as Application;
  const email = render(event, row, application);
  return {
    // Intake accepts only one valid address; control characters are dropped again here.
    to: application.applicant.email.replace(/[\r\n\t]/g, '').trim(),
    subject: email.subject,
    text: email.text,
    html: email.html,
  };
}

/**
 * Renders the customer's email for a workflow event and writes it to the
 * outbox in the caller's transaction, so the email exists exactly when the
 * state change does. `eventKey` is unique: the same event never queues a
 * second email. The Message-ID is derived from it and stays the same on
 * every retry.
 */
export async function enqueueCustomerEmail(trx: Knex.Transaction, row: SubmissionRow, event: CustomerEmailEvent): Promise<void> {
  const email = await renderCustomerEmail(trx, row, event);
  const digest = crypto.createHash('sha256').update(event.eventKey).digest('hex').slice(0, 32);
  await trx('emails')
    .insert({
      submission_id: row.id,
      kind: event.kind,
      event_key: event.eventKey,
      message_id: `<${digest}.${row.reference}@${emailSettings.mailDomain}>`,
      to_address: email.to,
      subject: email.subject,
      text_body: email.text,
      html_body: email.html,
    })
    .onConflict('event_key')
    .ignore();
}
