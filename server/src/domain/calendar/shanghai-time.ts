/**
 * Civil dates and times in Asia/Shanghai (China Standard Time). China has
 * kept UTC+8 all year since 1991, so a fixed offset gives the same result as
 * the tz database for every date this console handles, and the result does
 * not depend on the time zone of the process.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
const DATE_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export { HOUR_MS, DAY_MS };

/**
 * Civil date in Asia/Shanghai as the number of days since 1970-01-01, so
 * that date arithmetic is integer arithmetic.
 */
export type DayNumber = number;

/** Throws a RangeError unless `instant` is a valid Date. */
export function assertValidInstant(instant: Date, name = 'instant'): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(
      `Invalid ${name}: expected a valid Date, got ${String(instant)}`,
    );
  }
}

/** Returns the Shanghai civil date of an instant. */
export function dayNumberOf(instant: Date): DayNumber {
  assertValidInstant(instant);
  return Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/**
 * Parses a `YYYY-MM-DD` civil date. Throws a RangeError for any other form
 * and for dates that do not exist, such as `2025-02-29`.
 */
export function parseDateKey(key: string): DayNumber {
  const match = DATE_KEY_PATTERN.exec(key);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number);
    const ms = Date.UTC(year, month - 1, day);
    const date = new Date(ms);
    const exists =
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day;
    if (exists) {
      return ms / DAY_MS;
    }
  }
  throw new RangeError(
    `Invalid date "${key}": expected an existing date as YYYY-MM-DD`,
  );
}

/** Formats a civil date as `YYYY-MM-DD`. */
export function formatDateKey(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: DayNumber): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Day of the week, 0 for Sunday to 6 for Saturday (as `Date#getDay`). */
export function weekdayOf(day: DayNumber): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/** Returns the first millisecond of a civil date: 00:00 in Shanghai. */
export function startOfDay(day: DayNumber): Date {
  return new Date(day * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** Returns the last millisecond of a civil date: 23:59:59.999 in Shanghai. */
export function endOfDay(day: DayNumber): Date {
  return new Date((day + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}

/** Formats an instant as `YYYY-MM-DD HH:mm` in Shanghai time. */
export function formatShanghaiDateTime(instant: Date): string {
  assertValidInstant(instant);
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return shifted.toISOString().slice(0, 16).replace('T', ' ');
}
