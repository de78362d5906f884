/**
 * Calendar dates as `YYYY-MM-DD` strings. Such strings compare correctly
 * with `<` and `>`, so the rules compare them directly.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Parses a `YYYY-MM-DD` string; returns null when it is no real date. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  };
  return isRealDate(date.year, date.month, date.day) ? date : null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (value: number, width: number) =>
    String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Adds calendar months; a day that does not exist in the target month
 * becomes that month's last day (2026-11-30 plus 3 months is 2027-02-28).
 */
export function addMonths(date: string, months: number): string {
  const parsed = requireDate(date);
  const monthIndex = parsed.month - 1 + months;
  const year = parsed.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(parsed.day, daysInMonth(year, month));
  return formatIsoDate({ year, month, day });
}

export function addDays(date: string, days: number): string {
  const parsed = requireDate(date);
  const shifted = new Date(
    Date.UTC(parsed.year, parsed.month - 1, parsed.day + days),
  );
  return shifted.toISOString().slice(0, 10);
}

/**
 * Returns the age in completed years on `onDate`. Someone born on 29
 * February completes a year on 1 March in years without that day.
 */
export function ageOn(birthDate: CalendarDate, onDate: string): number {
  const today = requireDate(onDate);
  const years = today.year - birthDate.year;
  const birthdayReached =
    today.month > birthDate.month ||
    (today.month === birthDate.month && today.day >= birthDate.day);
  return birthdayReached ? years : years - 1;
}

function requireDate(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (!parsed) {
    throw new RangeError(`Invalid date, expected YYYY-MM-DD: ${text}`);
  }
  return parsed;
}
