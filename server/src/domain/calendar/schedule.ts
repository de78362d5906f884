import { formatDateKey, parseDateKey, weekdayOf } from './shanghai-time';

/** Days off for one holiday, both ends included. */
export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

/** Saturday or Sunday declared a working day (调休上班). */
export interface MakeUpWorkingDay {
  name: string;
  date: string;
}

/** Notice that announced a year's holidays. */
export interface ScheduleSource {
  title: string;
  documentNumber?: string;
  issuedOn: string;
  publishedBy?: string;
  reprint?: string;
}

/**
 * Holidays of one year. An unpublished year has no holidays and no make-up
 * working days: only its weekends are days off.
 */
export interface HolidayYear {
  year: number;
  published: boolean;
  source?: ScheduleSource;
  note?: string;
  holidays: HolidayRange[];
  workingDays: MakeUpWorkingDay[];
}

/** China's holiday schedule, in the shape of `cn-holidays.json`. */
export interface HolidaySchedule {
  years: HolidayYear[];
}

function fail(path: string, problem: string): never {
  throw new Error(`Invalid holiday schedule at ${path}: ${problem}`);
}

type JsonObject = Record<string, unknown>;

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(record: JsonObject, key: string, path: string) {
  const value = record[key];
  if (typeof value !== 'string' || value.trim() === '') {
    fail(`${path}.${key}`, 'expected a non-empty string');
  }
  return value;
}

function readDate(record: JsonObject, key: string, path: string) {
  const value = readString(record, key, path);
  try {
    return parseDateKey(value);
  } catch (error) {
    return fail(`${path}.${key}`, (error as Error).message);
  }
}

function readArray(record: JsonObject, key: string, path: string) {
  const value = record[key];
  if (!Array.isArray(value)) {
    fail(`${path}.${key}`, 'expected an array');
  }
  return value as unknown[];
}

function parseSource(value: unknown, path: string): ScheduleSource {
  if (!isRecord(value)) {
    return fail(path, 'a published year needs the notice as its source');
  }
  readDate(value, 'issuedOn', path);
  return {
    title: readString(value, 'title', path),
    issuedOn: readString(value, 'issuedOn', path),
    documentNumber: value.documentNumber as string | undefined,
    publishedBy: value.publishedBy as string | undefined,
    reprint: value.reprint as string | undefined,
  };
}

function parseYear(value: unknown, path: string): HolidayYear {
  if (!isRecord(value)) {
    return fail(path, 'expected an object');
  }
  const year = value.year;
  if (!Number.isInteger(year)) {
    fail(`${path}.year`, 'expected an integer year');
  }
  if (typeof value.published !== 'boolean') {
    fail(`${path}.published`, 'expected true or false');
  }

  const holidays = readArray(value, 'holidays', path).map((item, i) => {
    const itemPath = `${path}.holidays[${i}]`;
    if (!isRecord(item)) {
      return fail(itemPath, 'expected an object');
    }
    if (readDate(item, 'from', itemPath) > readDate(item, 'to', itemPath)) {
      fail(itemPath, '"from" is after "to"');
    }
    return {
      name: readString(item, 'name', itemPath),
      from: readString(item, 'from', itemPath),
      to: readString(item, 'to', itemPath),
    };
  });

  const workingDays = readArray(value, 'workingDays', path).map((item, i) => {
    const itemPath = `${path}.workingDays[${i}]`;
    if (!isRecord(item)) {
      return fail(itemPath, 'expected an object');
    }
    const weekday = weekdayOf(readDate(item, 'date', itemPath));
    if (weekday !== 0 && weekday !== 6) {
      fail(`${itemPath}.date`, 'a make-up working day must be a weekend day');
    }
    return {
      name: readString(item, 'name', itemPath),
      date: readString(item, 'date', itemPath),
    };
  });

  if (!value.published && (holidays.length || workingDays.length)) {
    fail(path, 'an unpublished year must list no holidays or working days');
  }

  const source = value.published
    ? parseSource(value.source, `${path}.source`)
    : undefined;
  return {
    year: year as number,
    published: value.published as boolean,
    source,
    note: typeof value.note === 'string' ? value.note : undefined,
    holidays,
    workingDays,
  };
}

/**
 * Validates a holiday schedule read from JSON and returns it typed. Throws
 * an Error naming the first invalid entry. Invalid entries are malformed or
 * nonexistent dates, ranges that end before they start, make-up working
 * days on weekdays, days listed both as off and as working, years listed
 * twice, and unpublished years that list days.
 */
export function parseHolidaySchedule(raw: unknown): HolidaySchedule {
  if (!isRecord(raw)) {
    return fail('$', 'expected an object');
  }
  const years = readArray(raw, 'years', '$').map((value, i) =>
    parseYear(value, `$.years[${i}]`),
  );

  const seenYears = new Set<number>();
  const daysOff = new Set<string>();
  for (const entry of years) {
    if (seenYears.has(entry.year)) {
      fail(`$.years`, `year ${entry.year} is listed twice`);
    }
    seenYears.add(entry.year);
    for (const range of entry.holidays) {
      const last = parseDateKey(range.to);
      for (let day = parseDateKey(range.from); day <= last; day++) {
        daysOff.add(formatDateKey(day));
      }
    }
  }
  for (const entry of years) {
    for (const { date } of entry.workingDays) {
      if (daysOff.has(date)) {
        fail(`$.years`, `${date} is listed both as a holiday and as working`);
      }
    }
  }

  return { years };
}
