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
