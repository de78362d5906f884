import holidaysJson from '../../../../db/data/calendar/cn-holidays.json';
import { parseHolidaySchedule, type HolidaySchedule } from './schedule';
import {
  createWorkingDayCalendar,
  type CalendarDay,
  type WorkingDayCalendar,
} from './working-days';

/**
 * Mainland China's holiday schedule from `db/data/calendar/cn-holidays.json`,
 * validated when this module loads. Each year there names the State Council
 * notice it copies; a year marked unpublished counts weekends only.
 */
export const CHINA_HOLIDAY_SCHEDULE: HolidaySchedule =
  parseHolidaySchedule(holidaysJson);

export const chinaCalendar: WorkingDayCalendar = createWorkingDayCalendar(
  CHINA_HOLIDAY_SCHEDULE,
);

/** Returns whether the day is a working day in mainland China. */
export function isWorkingDay(day: CalendarDay): boolean {
  return chinaCalendar.isWorkingDay(day);
}

/**
 * Returns the end (23:59:59.999 Shanghai time) of the n-th working day after
 * the day of `instant`; the instant's own day never counts.
 */
export function addWorkingDays(instant: Date, n: number): Date {
  return chinaCalendar.addWorkingDays(instant, n);
}

/**
 * Counts the working days after the day of `from` up to and including the
 * day of `to`; negative when `to` is on an earlier day.
 */
export function workingDaysBetween(from: CalendarDay, to: CalendarDay): number {
  return chinaCalendar.workingDaysBetween(from, to);
}
