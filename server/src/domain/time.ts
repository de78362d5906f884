const HOUR_MS = 3_600_000;
/** Asia/Shanghai is UTC+8 all year: China has observed no daylight saving time since 1991. */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** The calendar day (`YYYY-MM-DD`) of an instant in Asia/Shanghai. */
export function shanghaiDay(instant: Date | string): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
