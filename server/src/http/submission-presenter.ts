import { maskIdNumber, maskMobile } from '../domain/emails';
import { allowedActions, type Actor } from '../domain/workflow';
import { provinceName } from '../domain/regions';
import { displayDomain } from '../domain/normalise';
import { chinaCalendar } from '../domain/calendar';
import { hoursUntil } from '../domain/time';

export interface ClockView {
  kind: string;
  dueAt: string;
  state: 'ok' | 'due_soon' | 'overdue';
  hoursLeft: number;
  /**
   * False for a working-day clock that runs through a year whose holiday
   * schedule is not in the data yet: its deadline counts weekends only and
   * may fall on a holiday.
   */
  calendarPublished: boolean;
}

export function clockView(row: Record<string, any>, now: Date): ClockView | null {
  if (!row.clock_kind || !row.clock_due_at) return null;
  const due = new Date(row.clock_due_at);
  const soon = row.clock_due_soon_at ? new Date(row.clock_due_soon_at) : due;
  let state: ClockView['state'] = 'ok';
  if (due <= now) state = 'overdue';
  else if (soon <= now) state = 'due_soon';
  return {
    kind: row.clock_kind,
    dueAt: due.toISOString(),
    state,
    hoursLeft: hoursUntil(due, now),
    calendarPublished: row.clock_kind === 'sms_verification' || chinaCalendar.isPublishedBetween(now, due),
  };
}

/** Shapes a submission as the list shows it, with identifiers of people masked. */
export function presentListRecord(row: Record<string, any>, now: Date) {
  return {
    id: row.id,
    reference: row.reference,
    externalId: row.external_id,
    type: row.type,
    status: row.status,
    entityName: row.entity_name,
    entityNature: row.entity_nature,
    certificateNumberMasked: maskIdNumber(row.certificate_number ?? ''),
    province: row.province,
    provinceName: provinceName(row.province),
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name ?? null,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    version: row.version,
    revision: row.revision,
    errorCount: row.error_count,
    warningCount: row.warning_count,
    domains: (row.domains ?? []).filter(Boolean).map(displayDomain),
    principalName: row.principal?.name ?? null,
    principalMobileMasked: row.principal?.mobile ? maskMobile(row.principal.mobile) : null,
    smsDeadline: row.sms_deadline,
    forwardedAt: row.forwarded_at,
    smsVerifiedAt: row.sms_verified_at,
    filingNumbers: row.filing_numbers ?? null,
    clock: clockView(row, now),
  };
}

/** Shapes the full record for the detail view, with what `actor` may do next. */
export function presentDetail(row: Record<string, any>, detail: Record<string, unknown>, actor: Actor, now: Date) {
  return {
    ...presentListRecord(row, now),
    ...detail,
    allowedActions: allowedActions({ status: row.status, assigneeId: row.assignee_id }, actor),
  };
}
