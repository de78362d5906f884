const HOUR_MS = 3_600_000;
/** Asia/Shanghai is UTC+8 all year: China has observed no daylight saving time since 1991. */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** Returns the calendar day (`YYYY-MM-DD`) of an instant in Asia/Shanghai. */
export function shanghaiDay(instant: Date | string): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Returns the hours from `now` until `due`, to one decimal; negative once `due` has passed. */
export function hoursUntil(due: Date | string, now: Date): number {
  return Math.round(((new Date(due).getTime() - now.getTime()) / HOUR_MS) * 10) / 10;
}

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const BEIJING_LOCAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Parses a time as people and spreadsheets write it: RFC 3339 with its offset
 * (`2026-12-05T09:30:00+08:00`), or a date and time without an offset, read as
 * Beijing time (`2026-12-05 09:30`, `2026/12/5 9:30` as Excel saves it).
 * Returns null for anything else, a date alone included, whose hour is unknown.
 */
export function parseTimeText(text: string): Date | null {
  const trimmed = text.trim();
  const withOffset = WITH_OFFSET.exec(trimmed);
  const local = withOffset ? null : BEIJING_LOCAL.exec(trimmed);
  const parts = withOffset ?? local;
  if (!parts) return null;
  const [year, month, day, hour, minute, second = '0'] = parts.slice(1, 7).map((part) => part ?? '0');
  const fields = [year, month, day, hour, minute, second].map(Number);
  // Date.UTC would read the year 26 as 1926, so the year is set on its own.
  const check = new Date(0);
  check.setUTCFullYear(fields[0], fields[1] - 1, fields[2]);
  check.setUTCHours(fields[3], fields[4], fields[5], 0);
  const asUtc = check.getTime();
  // The date rolls 31 November over to 1 December, so a changed field means no such time.
  if (check.getUTCMonth() !== fields[1] - 1 || check.getUTCDate() !== fields[2] || check.getUTCHours() !== fields[3] || fields[4] > 59 || fields[5] > 59) {
    return null;
  }
  if (local) return new Date(asUtc - SHANGHAI_OFFSET_MS);
  const parsed = Date.parse(trimmed.replace(' ', 'T'));
  return Number.isNaN(parsed) ? null : new Date(parsed);
}
