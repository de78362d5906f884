const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (`YYYY-MM-DD`) of an instant in Asia/Shanghai. */
export function shanghaiDay(instant: Date | string): string {
  return SHANGHAI_DAY.format(typeof instant === 'string' ? new Date(instant) : instant);
}
