import type { Knex } from 'knex';

/**
 * Loads what the portal shows the customer: status, progress and the reasons of
 * the latest rejection (a specialist's, MIIT's or the SMS clock's). Internal
 * comments and findings never leave through here.
 */
export async function intakeStatus(db: Knex, externalId: string) {
  const row = await db('submissions').where({ external_id: externalId }).first();
  if (!row) return null;
  // Reasons matter to the customer only while the application is sent back to them.
  const sentBack = ['rejected', 'miit_rejected', 'sms_expired'].includes(row.status);
  const rejection = sentBack
    ? await db('rejections').where({ submission_id: row.id }).orderBy('created_at', 'desc').first('reasons')
    : undefined;
  const reasons = (rejection?.reasons ?? []).map((reason: Record<string, unknown>) => ({
    ...(reason.path ? { path: reason.path } : {}),
    text: reason.text,
    ...(reason.suggestion ? { suggestion: reason.suggestion } : {}),
  }));
  return {
    reference: row.reference,
    status: row.status,
    revision: row.revision,
    updatedAt: row.updated_at,
    reasons,
    ...(row.sms_deadline && row.status === 'sms_pending' ? { smsDeadline: row.sms_deadline } : {}),
    ...(row.filing_numbers ? { filingNumbers: row.filing_numbers } : {}),
  };
}
