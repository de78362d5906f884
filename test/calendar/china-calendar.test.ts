import packageData from 'chinese-days/dist/chinese-days.json';
import {
  addWorkingDays,
  chinaCalendar,
  CHINA_HOLIDAY_SCHEDULE,
  isWorkingDay,
  workingDaysBetween,
} from '../../server/src/domain/calendar';

/** Parses a Shanghai local time, `YYYY-MM-DDTHH:mm`, into an instant. */
function shanghai(localTime: string): Date {
  return new Date(`${localTime}:00+08:00`);
}

/** Returns the last millisecond of a Shanghai civil date. */
function endOf(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

function datesFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= end; ms += 864e5) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

describe('official notices', () => {
  // Days off and make-up working days as the State Council notices list
  // them: 2025 from 国办发明电〔2024〕12号 (2024-11-12), 2026 from the notice
  // of 2025-11-04.
  const notices = [
    {
      holiday: '2025 Spring Festival',
      off: datesFrom('2025-01-28', '2025-02-04'),
      working: ['2025-01-26', '2025-02-08'],
      weekendsAround: ['2025-01-25', '2025-02-09'],
    },
    {
      holiday: '2025 National Day',
      off: datesFrom('2025-10-01', '2025-10-08'),
      working: ['2025-09-28', '2025-10-11'],
      weekendsAround: ['2025-09-27', '2025-10-12'],
    },
    {
      holiday: '2026 New Year',
      off: datesFrom('2026-01-01', '2026-01-03'),
      working: ['2026-01-04'],
      weekendsAround: ['2025-12-28', '2026-01-10'],
    },
    {
      holiday: '2026 Spring Festival',
      off: datesFrom('2026-02-15', '2026-02-23'),
      working: ['2026-02-14', '2026-02-28'],
      weekendsAround: ['2026-02-08', '2026-03-01'],
    },
    {
      holiday: '2026 Labour Day',
      off: datesFrom('2026-05-01', '2026-05-05'),
      working: ['2026-05-09'],
      weekendsAround: ['2026-05-10'],
    },
    {
      holiday: '2026 National Day',
      off: datesFrom('2026-10-01', '2026-10-07'),
      working: ['2026-09-20', '2026-10-10'],
      weekendsAround: ['2026-09-19', '2026-10-11'],
    },
  ];

  describe.each(notices)('$holiday', ({ off, working, weekendsAround }) => {
    test.each(off)('%s is a day off', (date) => {
      expect(isWorkingDay(date)).toBe(false);
      expect(chinaCalendar.describeDay(date).kind).toBe('holiday');
    });

    test.each(working)('%s is a make-up working day', (date) => {
      expect(isWorkingDay(date)).toBe(true);
      expect(chinaCalendar.describeDay(date).kind).toBe('make_up_workday');
    });

    test.each(weekendsAround)('%s stays a weekend', (date) => {
      expect(chinaCalendar.describeDay(date).kind).toBe('weekend');
    });
  });

  test('days before and after holidays work', () => {
    expect(isWorkingDay('2025-01-27')).toBe(true);
    expect(isWorkingDay('2025-02-05')).toBe(true);
    expect(isWorkingDay('2025-09-30')).toBe(true);
    expect(isWorkingDay('2025-10-09')).toBe(true);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-09-30')).toBe(true);
    expect(isWorkingDay('2026-10-08')).toBe(true);
  });

  test('holiday names come from notices', () => {
    expect(chinaCalendar.describeDay('2025-10-06').holidayName).toBe(
      '国庆节、中秋节',
    );
    expect(chinaCalendar.describeDay('2026-02-28').holidayName).toBe('春节');
  });
});

describe('chinese-days package cross-check', () => {
  // The package's own functions judge days in the process time zone, so the
  // comparison reads its data and applies the same rule to date keys.
  const { holidays, workdays } = packageData as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };

  function isPackageWorkingDay(date: string): boolean {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (workdays[date]) {
      return true;
    }
    return weekday >= 1 && weekday <= 5 && !holidays[date];
  }

  test.each([2025, 2026])('agrees on every day of %i', (year) => {
    const disagreements = datesFrom(`${year}-01-01`, `${year}-12-31`).filter(
      (date) => isWorkingDay(date) !== isPackageWorkingDay(date),
    );
    expect(disagreements).toEqual([]);
  });

  test('package lacks 2027', () => {
    // When a chinese-days release adds 2027, enter the notice's dates in
    // db/data/calendar/cn-holidays.json and update this test.
    const keys = [...Object.keys(holidays), ...Object.keys(workdays)];
    expect(keys.filter((date) => date.startsWith('2027-'))).toEqual([]);
  });
});

describe('unpublished years', () => {
  test('2027 is flagged unpublished', () => {
    const entry = CHINA_HOLIDAY_SCHEDULE.years.find((y) => y.year === 2027);
    expect(entry?.published).toBe(false);
    expect(chinaCalendar.describeDay('2027-02-08').published).toBe(false);
    expect(chinaCalendar.describeDay('2026-02-08').published).toBe(true);
  });

  test('2027 counts weekends only', () => {
    // 2027-01-01 is New Year's Day, but no notice is entered for 2027 yet.
    expect(chinaCalendar.describeDay('2027-01-01').kind).toBe('workday');
    expect(chinaCalendar.describeDay('2027-01-02').kind).toBe('weekend');
    expect(addWorkingDays(shanghai('2027-02-05T10:00'), 1)).toEqual(
      endOf('2027-02-08'),
    );
  });

  test('years without entry count as unpublished', () => {
    expect(chinaCalendar.describeDay('2024-10-01').published).toBe(false);
    expect(chinaCalendar.isPublishedBetween('2025-03-01', '2026-12-31')).toBe(
      true,
    );
    expect(chinaCalendar.isPublishedBetween('2026-12-20', '2027-01-20')).toBe(
      false,
    );
  });
});

describe('isWorkingDay', () => {
  test('judges instants in Shanghai', () => {
    // 2025-10-08T16:30Z is 2025-10-09 00:30 in Shanghai, the first
    // working day after National Day; in UTC it is still the holiday.
    expect(isWorkingDay(new Date('2025-10-08T16:30:00Z'))).toBe(true);
    expect(isWorkingDay(new Date('2025-10-08T15:59:59.999Z'))).toBe(false);
    expect(isWorkingDay(shanghai('2025-10-11T09:00'))).toBe(true);
  });

  test('rejects malformed dates', () => {
    expect(() => isWorkingDay('2025-02-29')).toThrow(RangeError);
    expect(() => isWorkingDay('2025/01/01')).toThrow(/YYYY-MM-DD/);
    expect(() => isWorkingDay(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  test.each([
    // [from, n, due date]: 2025 Spring Festival
    ['2025-01-24T18:00', 1, '2025-01-26'], // Fri -> Sun make-up day
    ['2025-01-25T10:00', 1, '2025-01-26'], // Sat -> Sun make-up day
    ['2025-01-26T10:00', 1, '2025-01-27'],
    ['2025-01-27T10:00', 1, '2025-02-05'], // over the 8 days off
    ['2025-01-30T10:00', 1, '2025-02-05'], // from inside the holiday
    ['2025-02-07T10:00', 1, '2025-02-08'], // Fri -> Sat make-up day
    ['2025-02-08T10:00', 1, '2025-02-10'],
    // 2025 National Day and Mid-Autumn
    ['2025-09-26T10:00', 1, '2025-09-28'], // Fri -> Sun make-up day
    ['2025-09-30T10:00', 1, '2025-10-09'],
    ['2025-09-30T10:00', 3, '2025-10-11'], // Sat make-up day counts
    ['2025-09-30T10:00', 4, '2025-10-13'],
    ['2025-09-22T10:00', 21, '2025-10-27'],
    // 2026 Spring Festival
    ['2026-02-13T10:00', 1, '2026-02-14'], // Fri -> Sat make-up day
    ['2026-02-14T10:00', 1, '2026-02-24'], // over the 9 days off
    ['2026-02-27T10:00', 1, '2026-02-28'], // Fri -> Sat make-up day
    ['2026-02-02T10:00', 21, '2026-03-09'],
    ['2026-02-02T10:00', 30, '2026-03-20'],
    // 2026 National Day
    ['2026-09-18T10:00', 1, '2026-09-20'], // Fri -> Sun make-up day
    ['2026-09-30T10:00', 1, '2026-10-08'],
    ['2026-09-30T10:00', 3, '2026-10-10'], // Sat make-up day counts
    ['2026-09-30T10:00', 4, '2026-10-12'],
    // 2026 New Year: Jan 4 (Sun) is a make-up working day
    ['2025-12-31T10:00', 1, '2026-01-04'],
  ])('%s plus %i is due %s', (from, n, due) => {
    expect(addWorkingDays(shanghai(from), n)).toEqual(endOf(due));
  });

  test('n = 0 is end of same day', () => {
    expect(addWorkingDays(shanghai('2025-01-30T10:00'), 0)).toEqual(
      endOf('2025-01-30'),
    );
  });

  test('counts from Shanghai day', () => {
    // 15:30Z on 2025-02-07 is Friday 23:30 in Shanghai; 16:30Z is Saturday
    // 00:30, and that Saturday is itself a make-up working day.
    expect(addWorkingDays(new Date('2025-02-07T15:30:00Z'), 1)).toEqual(
      endOf('2025-02-08'),
    );
    expect(addWorkingDays(new Date('2025-02-07T16:30:00Z'), 1)).toEqual(
      endOf('2025-02-10'),
    );
  });

  test('deadline is 15:59:59.999 UTC', () => {
    expect(addWorkingDays(shanghai('2025-01-27T10:00'), 1).toISOString()).toBe(
      '2025-02-05T15:59:59.999Z',
    );
  });

  test('rejects invalid n', () => {
    const start = shanghai('2025-01-27T10:00');
    expect(() => addWorkingDays(start, -1)).toThrow(RangeError);
    expect(() => addWorkingDays(start, 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(start, Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays(start, 1e9)).toThrow(/0 to 3660/);
  });

  test('rejects invalid instant', () => {
    expect(() => addWorkingDays(new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  test.each([
    ['2025-01-27', '2025-02-05', 1],
    ['2025-01-24', '2025-02-10', 7],
    ['2025-09-26', '2025-10-13', 7],
    ['2026-02-13', '2026-03-02', 7],
    ['2026-09-30', '2026-10-12', 4],
    ['2025-10-08', '2025-10-08', 0],
    ['2025-02-10', '2025-01-24', -7],
  ])('%s to %s is %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  test('accepts instants', () => {
    expect(
      workingDaysBetween(
        shanghai('2025-01-27T23:00'),
        new Date('2025-02-04T16:30:00Z'),
      ),
    ).toBe(1);
  });

  test('inverts addWorkingDays', () => {
    const starts = [
      '2025-01-20T09:00',
      '2025-01-26T23:59',
      '2025-09-27T12:00',
      '2025-12-25T08:00',
      '2026-02-11T17:00',
      '2026-09-19T10:00',
    ];
    for (const start of starts) {
      for (let n = 0; n <= 30; n++) {
        const due = addWorkingDays(shanghai(start), n);
        expect({ start, n, count: workingDaysBetween(shanghai(start), due) })
          .toEqual({ start, n, count: n });
      }
    }
  });
});
