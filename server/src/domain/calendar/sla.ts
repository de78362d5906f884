import type { Status } from '../workflow';
import { chinaCalendar } from './china-calendar';
import {
  MIIT_REVIEW_OVERRIDES,
  miitReviewWorkingDays,
  type MiitReviewOverrides,
} from './miit-review-days';
import {
  assertValidInstant,
  dayNumberOf,
  HOUR_MS,
  startOfDay,
} from './shanghai-time';
import type { WorkingDayCalendar } from './working-days';

export type ClockKind = 'first_review' | 'sms_verification' | 'miit_review';
export type ClockState = 'ok' | 'due_soon' | 'overdue';

/** The provider's first review is due 1 working day after submission. */
export const FIRST_REVIEW_WORKING_DAYS = 1;
/** MIIT's SMS code must be entered within 24 hours of forwarding. */
export const SMS_VERIFICATION_HOURS = 24;
/** The SMS clock is due soon in its last 6 hours. */
export const SMS_DUE_SOON_HOURS = 6;
/**
 * A working-day clock is due soon when its due date is at most 3 working
 * days after today. NOTE: the first review has only 1 working day, so it is
 * due soon from the moment of submission.
 */
export const DUE_SOON_WORKING_DAYS = 3;

export interface ClockInput {
  status: Status;
  submittedAt?: Date | null;
  forwardedAt?: Date | null;
  smsVerifiedAt?: Date | null;
  /** The entity's province, GB/T 2260 (`330000`) or its first two digits. */
  provinceCode?: string | null;
}

export interface SlaClock {
  kind: ClockKind;
  /** True for the clock that the current status runs. */
  active: boolean;
  startedAt: Date;
  /**
   * Last instant at which the step is on time. Working-day clocks end at
   * 23:59:59.999 Shanghai time; the SMS clock ends 24 hours after
   * forwarding.
   */
  dueAt: Date;
  /**
   * First instant at which the clock counts as due soon, never before
   * `startedAt`: from then until `dueAt` the state is `due_soon`. Lets a
   * store filter by due-soon in plain SQL.
   */
  dueSoonAt: Date;
  /**
   * Instant the state is judged at: `now` for the active clock, the
   * instant the step finished for a finished one.
   */
  measuredAt: Date;
  state: ClockState;
  /** Milliseconds from `measuredAt` to `dueAt`; negative when overdue. */
  msLeft: number;
  /** `msLeft` in whole hours, rounded down: -1 in the first overdue hour. */
  hoursLeft: number;
  /**
   * Working days after the day of `measuredAt` up to and including the day
   * of `dueAt`. Zero means due by the end of that day, and a negative count
   * means the due day has passed. Null for the SMS clock, which runs on the
   * wall clock.
   */
  workingDaysLeft: number | null;
  /**
   * False when `dueAt` depends on a year whose holidays are not published,
   * so the deadline may fall on a holiday and come too early.
   */
  calendarPublished: boolean;
}

export interface ClockReport {
  /** The clock the current status runs, or null when none applies. */
  active: SlaClock | null;
  /**
   * The active clock and the finished clocks of the current round, in the
   * order first review, SMS verification, MIIT review.
   */
  clocks: SlaClock[];
}

const ACTIVE_CLOCK: Partial<Record<Status, ClockKind>> = {
  pending_review: 'first_review',
  in_review: 'first_review',
  sms_pending: 'sms_verification',
  miit_review: 'miit_review',
};

/** Statuses reached only after the first review ended in forwarding. */
const FORWARDED_STATUSES: ReadonlySet<Status> = new Set([
  'sms_pending',
  'sms_expired',
  'miit_review',
  'miit_rejected',
  'approved',
]);

/** Statuses reached only after the SMS verification succeeded. */
const SMS_VERIFIED_STATUSES: ReadonlySet<Status> = new Set([
  'miit_review',
  'miit_rejected',
  'approved',
]);

function isOrdered(earlier?: Date | null, later?: Date | null): boolean {
  return !!earlier && !!later && earlier.getTime() <= later.getTime();
}

/**
 * Returns the start of the earliest Shanghai day from which at most
 * `DUE_SOON_WORKING_DAYS` working days are left until `dueAt`.
 */
function workingDayDueSoonAt(
  dueAt: Date,
  calendar: WorkingDayCalendar,
): Date {
  let day = dayNumberOf(dueAt);
  // Working days left only grow when stepping back, so stop at the first
  // day with too many. A year bounds the loop for calendars without any
  // working day.
  for (let step = 0; step < 366; step++) {
    const left = calendar.workingDaysBetween(startOfDay(day - 1), dueAt);
    if (left > DUE_SOON_WORKING_DAYS) {
      break;
    }
    day -= 1;
  }
  return startOfDay(day);
}

function judge(
  kind: ClockKind,
  active: boolean,
  startedAt: Date,
  dueAt: Date,
  measuredAt: Date,
  calendar: WorkingDayCalendar,
): SlaClock {
  const msLeft = dueAt.getTime() - measuredAt.getTime();
  const isWallClock = kind === 'sms_verification';
  const workingDaysLeft = isWallClock
    ? null
    : calendar.workingDaysBetween(measuredAt, dueAt);

  let state: ClockState = 'ok';
  if (msLeft < 0) {
    state = 'overdue';
  } else if (isWallClock && msLeft <= SMS_DUE_SOON_HOURS * HOUR_MS) {
    state = 'due_soon';
  } else if (!isWallClock && workingDaysLeft! <= DUE_SOON_WORKING_DAYS) {
    state = 'due_soon';
  }

  const dueSoonFrom = isWallClock
    ? new Date(dueAt.getTime() - SMS_DUE_SOON_HOURS * HOUR_MS)
    : workingDayDueSoonAt(dueAt, calendar);
  const dueSoonAt =
    dueSoonFrom.getTime() < startedAt.getTime() ? startedAt : dueSoonFrom;

  return {
    kind,
    active,
    startedAt,
    dueAt,
    dueSoonAt,
    measuredAt,
    state,
    msLeft,
    hoursLeft: Math.floor(msLeft / HOUR_MS),
    workingDaysLeft,
    calendarPublished:
      isWallClock || calendar.isPublishedBetween(startedAt, dueAt),
  };
}

/**
 * Computes the service-level clocks of an application at `now`:
 * - first review: due 1 working day after submission, active while
 *   `pending_review` or `in_review`;
 * - SMS verification: due 24 hours after forwarding (wall clock), active
 *   while `sms_pending`;
 * - MIIT review: due 21 working days after SMS verification, or the
 *   province's override, active while `miit_review`.
 *
 * A clock that is not active is reported only when its step finished in the
 * current round (the status is past it and its start and end instants are
 * in order). It is then judged at the instant it finished, which shows
 * whether the step met its deadline. The end of the MIIT review is no
 * input, so that clock appears only while active. Working days follow
 * `calendar`, mainland China's schedule by default. Throws a RangeError for
 * an invalid `now` or an invalid override.
 */
export function computeClocks(
  input: ClockInput,
  now: Date,
  overrides: MiitReviewOverrides = MIIT_REVIEW_OVERRIDES,
  calendar: WorkingDayCalendar = chinaCalendar,
): ClockReport {
  assertValidInstant(now, 'now');
  const { status, submittedAt, forwardedAt, smsVerifiedAt } = input;
  const activeKind = ACTIVE_CLOCK[status];
  const clocks: SlaClock[] = [];

  const firstReviewEnded =
    FORWARDED_STATUSES.has(status) && isOrdered(submittedAt, forwardedAt);
  if (submittedAt && (activeKind === 'first_review' || firstReviewEnded)) {
    const dueAt = calendar.addWorkingDays(
      submittedAt,
      FIRST_REVIEW_WORKING_DAYS,
    );
    const isActive = activeKind === 'first_review';
    const measuredAt = isActive ? now : forwardedAt!;
    clocks.push(
      judge('first_review', isActive, submittedAt, dueAt, measuredAt, calendar),
    );
  }

  const smsEnded =
    SMS_VERIFIED_STATUSES.has(status) &&
    isOrdered(submittedAt ?? forwardedAt, forwardedAt) &&
    isOrdered(forwardedAt, smsVerifiedAt);
  if (forwardedAt && (activeKind === 'sms_verification' || smsEnded)) {
    const dueAt = new Date(
      forwardedAt.getTime() + SMS_VERIFICATION_HOURS * HOUR_MS,
    );
    const isActive = activeKind === 'sms_verification';
    const measuredAt = isActive ? now : smsVerifiedAt!;
    clocks.push(
      judge(
        'sms_verification',
        isActive,
        forwardedAt,
        dueAt,
        measuredAt,
        calendar,
      ),
    );
  }

  if (smsVerifiedAt && activeKind === 'miit_review') {
    const reviewDays = miitReviewWorkingDays(input.provinceCode, overrides);
    const dueAt = calendar.addWorkingDays(smsVerifiedAt, reviewDays);
    clocks.push(
      judge('miit_review', true, smsVerifiedAt, dueAt, now, calendar),
    );
  }

  return { active: clocks.find((clock) => clock.active) ?? null, clocks };
}
