import type { HolidaySchedule } from './schedule';
import {
  dayNumberOf,
  endOfDay,
  formatDateKey,
  parseDateKey,
  weekdayOf,
  yearOf,
  type DayNumber,
} from './shanghai-time';

/** An instant, judged on its Shanghai civil date, or a `YYYY-MM-DD` date. */
export type CalendarDay = Date | string;

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make_up_workday';

export interface DayInfo {
  /** Civil date in Asia/Shanghai, `YYYY-MM-DD`. */
  date: string;
  kind: DayKind;
  working: boolean;
  /** Holiday that the day belongs to, for holidays and make-up working days. */
  holidayName?: string;
  /**
   * False when the year's holiday schedule is unpublished or unknown, so
   * the day is judged by the weekend alone.
   */
  published: boolean;
}

/** Working-day arithmetic on one holiday schedule. */
export interface WorkingDayCalendar {
  describeDay(day: CalendarDay): DayInfo;
  isWorkingDay(day: CalendarDay): boolean;
  /**
   * Returns the deadline `n` working days after the day of `instant`: the
   * last millisecond (23:59:59.999 Shanghai time) of the n-th working day
   * that follows that day. The day of the instant itself never counts, so
   * a Monday instant with n = 1 is due at the end of Tuesday, and a Friday
   * or Saturday instant is due at the end of Monday. With n = 0 the
   * deadline is the end of the instant's own day. Throws a RangeError
   * unless n is an integer from 0 to 3660.
   */
  addWorkingDays(instant: Date, n: number): Date;
  /**
   * Counts the working days after the day of `from` up to and including
   * the day of `to`, so `workingDaysBetween(x, addWorkingDays(x, n))` is n.
   * The count is negative when `to` is on an earlier day than `from`.
   */
  workingDaysBetween(from: CalendarDay, to: CalendarDay): number;
  /** Returns whether every day from `from` to `to` is in a published year. */
  isPublishedBetween(from: CalendarDay, to: CalendarDay): boolean;
}

/** Upper bound for `n`, ten years of working days, against runaway loops. */
const MAX_WORKING_DAYS = 3660;

function toDayNumber(day: CalendarDay): DayNumber {
  return typeof day === 'string' ? parseDateKey(day) : dayNumberOf(day);
}

/**
 * Builds a working-day calendar. A day is a working day when the schedule
 * lists it as a make-up working day, or when it is Monday to Friday and
 * not a holiday. Years missing from the schedule are treated like
 * unpublished ones: weekends only.
 */
export function createWorkingDayCalendar(
  schedule: HolidaySchedule,
): WorkingDayCalendar {
  const holidays = new Map<string, string>();
  const makeUpDays = new Map<string, string>();
  const publishedYears = new Set<number>();

  for (const entry of schedule.years) {
    if (entry.published) {
      publishedYears.add(entry.year);
    }
    for (const range of entry.holidays) {
      const last = parseDateKey(range.to);
      for (let day = parseDateKey(range.from); day <= last; day++) {
        holidays.set(formatDateKey(day), range.name);
      }
    }
    for (const { date, name } of entry.workingDays) {
      makeUpDays.set(date, name);
    }
  }

  function isWorking(day: DayNumber): boolean {
    const key = formatDateKey(day);
    if (makeUpDays.has(key)) {
      return true;
    }
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6 && !holidays.has(key);
  }

  function describeDay(input: CalendarDay): DayInfo {
    const day = toDayNumber(input);
    const date = formatDateKey(day);
    const published = publishedYears.has(yearOf(day));
    const makeUpName = makeUpDays.get(date);
    if (makeUpName !== undefined) {
      return {
        date,
        kind: 'make_up_workday',
        working: true,
        holidayName: makeUpName,
        published,
      };
    }
    const holidayName = holidays.get(date);
    if (holidayName !== undefined) {
      return { date, kind: 'holiday', working: false, holidayName, published };
    }
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) {
      return { date, kind: 'weekend', working: false, published };
    }
    return { date, kind: 'workday', working: true, published };
  }

  function addWorkingDays(instant: Date, n: number): Date {
    if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
      throw new RangeError(
        `Invalid number of working days ${n}: expected an integer ` +
          `from 0 to ${MAX_WORKING_DAYS}`,
      );
    }
    let day = dayNumberOf(instant);
    for (let counted = 0; counted < n; ) {
      day += 1;
      if (isWorking(day)) {
        counted += 1;
      }
    }
    return endOfDay(day);
  }

  function workingDaysBetween(from: CalendarDay, to: CalendarDay): number {
    const first = toDayNumber(from);
    const last = toDayNumber(to);
    if (last < first) {
      return -workingDaysBetween(to, from);
    }
    let count = 0;
    for (let day = first + 1; day <= last; day++) {
      if (isWorking(day)) {
        count += 1;
      }
    }
    return count;
  }

  function isPublishedBetween(from: CalendarDay, to: CalendarDay): boolean {
    const firstYear = yearOf(toDayNumber(from));
    const lastYear = yearOf(toDayNumber(to));
    for (
      let year = Math.min(firstYear, lastYear);
      year <= Math.max(firstYear, lastYear);
      year++
    ) {
      if (!publishedYears.has(year)) {
        return false;
      }
    }
    return true;
  }

  return {
    describeDay,
    isWorkingDay: (day) => isWorking(toDayNumber(day)),
    addWorkingDays,
    workingDaysBetween,
    isPublishedBetween,
  };
}
