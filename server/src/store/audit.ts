import type { Knex } from 'knex';

export interface AuditInput {
  submissionId?: string | null;
  actorId?: string | null;
  /** Name of the non-user actor (intake, sms-clock, miit-import). */
  actorLabel?: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  detail?: Record<string, unknown>;
  /** When it happened; the database's clock when absent. */
  at?: Date;
}

/** Appends one event to the audit trail inside the caller's transaction. */
export async function recordAudit(db: Knex, event: AuditInput): Promise<void> {
  await db('audit_events').insert({
    submission_id: event.submissionId ?? null,
    actor_id: event.actorId ?? null,
    actor_label: event.actorLabel ?? null,
    action: event.action,
    from_status: event.fromStatus ?? null,
    to_status: event.toStatus ?? null,
    detail: JSON.stringify(event.detail ?? {}),
    ...(event.at ? { created_at: event.at } : {}),
  });
}
