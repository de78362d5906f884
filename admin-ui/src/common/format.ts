const TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Formats an ISO instant as "YYYY-MM-DD HH:mm" in Beijing time, the time
 * the filing rules use, whatever the browser's zone or the console locale.
 */
export const formatDateTime = (value: string | null | undefined) => {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = Object.fromEntries(
    dateTimeFormat.formatToParts(date).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
};

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** Splits the time since `value` into the largest whole unit that is not zero. */
export const elapsedSince = (
  value: string | null | undefined,
  now = Date.now(),
): { unit: DurationUnit; count: number } | null => {
  if (!value) return null;
  const start = new Date(value).getTime();
  if (Number.isNaN(start)) return null;
  const minutes = Math.max(0, Math.floor((now - start) / 60_000));
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.floor(hours / 24) };
};

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * Formats a file size with binary units (1 KB = 1024 bytes): whole bytes
 * below 1 KB ("42 B"), else KB or MB with one decimal ("12.3 KB").
 */
export const formatFileSize = (bytes: number) => {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < KIB) return `${Math.round(bytes)} B`;
  if (bytes < MIB) return `${(bytes / KIB).toFixed(1)} KB`;
  return `${(bytes / MIB).toFixed(1)} MB`;
};

/** Formats an exact byte count with thousands separators ("266,545"), as the rule messages write it. */
export const formatByteCount = (bytes: number) =>
  Number.isFinite(bytes) ? Math.round(bytes).toLocaleString('en-US') : '';

// An ISO 8601 instant with an explicit zone (Z or ±hh:mm), as the server writes them in messages.
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g;

/**
 * Rewrites every ISO instant inside a message as Beijing "YYYY-MM-DD HH:mm".
 * Timestamps without a zone are left as written, because their instant is unknown.
 */
export const formatInstantsInText = (text: string) =>
  text.replace(ISO_INSTANT, (instant) => formatDateTime(instant));

/** Renders any JSON value of an application field as one line of text. */
export const formatValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map(formatValue).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};
