import reviewDaysJson from '../../../../db/data/calendar/miit-review-days.json';

/**
 * Working days a province's communications administration takes for its
 * review, where it differs from the default. Keys are the first two digits
 * of the province's GB/T 2260 code (`33` for Zhejiang).
 */
export type MiitReviewOverrides = Readonly<Record<string, number>>;

/**
 * Returns the two-digit province prefix of a GB/T 2260 code, so `330000`,
 * `330100` and `33` all give `33`. Returns null for anything else.
 */
export function provincePrefix(code: string | null | undefined): string | null {
  const match = /^(\d{2})(\d{4})?$/.exec(code?.trim() ?? '');
  return match ? match[1] : null;
}

function assertWorkingDays(value: unknown, entryName: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new RangeError(
      `Invalid MIIT review time for ${entryName}: expected a positive whole ` +
        `number of working days, got ${JSON.stringify(value)}`,
    );
  }
  return value as number;
}

/**
 * Validates MIIT review times read from JSON (the shape of
 * `db/data/calendar/miit-review-days.json`) and returns the default and the
 * per-province overrides. Throws a RangeError naming the invalid entry.
 */
export function parseMiitReviewDays(raw: unknown): {
  defaultWorkingDays: number;
  overrides: MiitReviewOverrides;
} {
  const data = (raw ?? {}) as {
    defaultWorkingDays?: unknown;
    provinces?: Record<string, { workingDays?: unknown }>;
  };
  const defaultWorkingDays = assertWorkingDays(
    data.defaultWorkingDays,
    'defaultWorkingDays',
  );
  const overrides: Record<string, number> = {};
  for (const [code, entry] of Object.entries(data.provinces ?? {})) {
    const prefix = provincePrefix(code);
    if (prefix === null) {
      throw new RangeError(
        `Invalid province code "${code}" in MIIT review times: expected ` +
          'two digits or a six-digit GB/T 2260 code',
      );
    }
    overrides[prefix] = assertWorkingDays(
      entry?.workingDays,
      `province ${code}`,
    );
  }
  return { defaultWorkingDays, overrides };
}

const reviewDays = parseMiitReviewDays(reviewDaysJson);

/** Working days of MIIT review in provinces without an override. */
export const DEFAULT_MIIT_REVIEW_WORKING_DAYS = reviewDays.defaultWorkingDays;

/** Overrides from `db/data/calendar/miit-review-days.json`. */
export const MIIT_REVIEW_OVERRIDES: MiitReviewOverrides = reviewDays.overrides;

/**
 * Returns the MIIT review time for a province in working days: its
 * override, or the default for a province without one or an unknown code.
 */
export function miitReviewWorkingDays(
  provinceCode: string | null | undefined,
  overrides: MiitReviewOverrides = MIIT_REVIEW_OVERRIDES,
  defaultWorkingDays = DEFAULT_MIIT_REVIEW_WORKING_DAYS,
): number {
  const prefix = provincePrefix(provinceCode);
  if (prefix === null) {
    return defaultWorkingDays;
  }
  for (const [code, days] of Object.entries(overrides)) {
    if (provincePrefix(code) === prefix) {
      return assertWorkingDays(days, `province ${code}`);
    }
  }
  return defaultWorkingDays;
}
