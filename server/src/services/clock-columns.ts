import { computeClocks, type ClockInput } from '../domain/calendar';

/**
 * Computes the submission columns that make the overdue and due-soon filters plain
 * SQL: which clock the status runs, when it ends and when it becomes due
 * soon. Recomputed on every transition.
 */
export function clockColumns(input: ClockInput, now: Date) {
  const { active } = computeClocks(input, now);
  if (!active) return { clock_kind: null, clock_due_at: null, clock_due_soon_at: null };
  return { clock_kind: active.kind, clock_due_at: active.dueAt, clock_due_soon_at: active.dueSoonAt };
}
