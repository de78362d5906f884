import holidaysJson from '../../db/data/calendar/cn-holidays.json';
import reviewDaysJson from '../../db/data/calendar/miit-review-days.json';
import {
  createWorkingDayCalendar,
  miitReviewWorkingDays,
  parseHolidaySchedule,
  parseMiitReviewDays,
  provincePrefix,
} from '../../server/src/domain/calendar';

const SOURCE = {
  title: '国务院办公厅关于2030年部分节假日安排的通知',
  issuedOn: '2029-11-01',
};

function scheduleWith(year: Record<string, unknown>) {
  return {
    years: [
      {
        year: 2030,
        published: true,
        source: SOURCE,
        holidays: [],
        workingDays: [],
        ...year,
      },
    ],
  };
}

describe('parseHolidaySchedule', () => {
  test('accepts bundled data file', () => {
    const schedule = parseHolidaySchedule(holidaysJson);
    expect(schedule.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(schedule.years.map((y) => y.published)).toEqual([true, true, false]);
  });

  test('bundled years name their notice', () => {
    const schedule = parseHolidaySchedule(holidaysJson);
    expect(schedule.years[0].source?.title).toBe(
      '国务院办公厅关于2025年部分节假日安排的通知',
    );
    expect(schedule.years[1].source?.title).toBe(
      '国务院办公厅关于2026年部分节假日安排的通知',
    );
    expect(schedule.years[2].note).toMatch(/^NOTE:/);
  });

  test('accepts minimal valid year', () => {
    const schedule = parseHolidaySchedule(
      scheduleWith({
        holidays: [{ name: '春节', from: '2030-02-02', to: '2030-02-08' }],
        workingDays: [{ name: '春节', date: '2030-01-26' }],
      }),
    );
    const calendar = createWorkingDayCalendar(schedule);
    expect(calendar.isWorkingDay('2030-02-04')).toBe(false);
    expect(calendar.isWorkingDay('2030-01-26')).toBe(true);
  });

  test.each([
    [
      'make-up day on a weekday',
      { workingDays: [{ name: '春节', date: '2030-01-28' }] },
      /must be a weekend day/,
    ],
    [
      'day both off and working',
      {
        holidays: [{ name: '春节', from: '2030-01-26', to: '2030-01-27' }],
        workingDays: [{ name: '春节', date: '2030-01-26' }],
      },
      /both as a holiday and as working/,
    ],
    [
      'range ending before start',
      { holidays: [{ name: '春节', from: '2030-02-08', to: '2030-02-02' }] },
      /"from" is after "to"/,
    ],
    [
      'nonexistent date',
      { holidays: [{ name: '春节', from: '2030-02-30', to: '2030-03-01' }] },
      /holidays\[0\]\.from/,
    ],
    ['published year without source', { source: undefined }, /source/],
    [
      'unpublished year listing days',
      {
        published: false,
        holidays: [{ name: '元旦', from: '2030-01-01', to: '2030-01-01' }],
      },
      /unpublished year/,
    ],
    ['missing holidays list', { holidays: undefined }, /holidays: expected/],
  ])('rejects %s', (_case, year, message) => {
    expect(() => parseHolidaySchedule(scheduleWith(year))).toThrow(message);
  });

  test('rejects year listed twice', () => {
    const year = scheduleWith({}).years[0];
    expect(() => parseHolidaySchedule({ years: [year, year] })).toThrow(
      /year 2030 is listed twice/,
    );
  });

  test('rejects non-object input', () => {
    expect(() => parseHolidaySchedule(null)).toThrow(/expected an object/);
  });
});

describe('MIIT review days', () => {
  test('bundled data: 21 days, Zhejiang 30', () => {
    const { defaultWorkingDays, overrides } =
      parseMiitReviewDays(reviewDaysJson);
    expect(defaultWorkingDays).toBe(21);
    expect(overrides).toEqual({ '33': 30 });
  });

  test.each([
    ['330000', 30],
    ['330100', 30],
    ['33', 30],
    ['350000', 21],
    ['', 21],
    [null, 21],
    ['zhejiang', 21],
  ])('province %p takes %i days', (code, days) => {
    expect(miitReviewWorkingDays(code)).toBe(days);
  });

  test('accepts six-digit override keys', () => {
    expect(miitReviewWorkingDays('350203', { '350000': 15 })).toBe(15);
  });

  test('rejects invalid override values', () => {
    expect(() => miitReviewWorkingDays('330000', { '33': 0 })).toThrow(
      /province 33/,
    );
    expect(() =>
      parseMiitReviewDays({ defaultWorkingDays: 21, provinces: { x: {} } }),
    ).toThrow(/Invalid province code "x"/);
    expect(() => parseMiitReviewDays({ defaultWorkingDays: 2.5 })).toThrow(
      /defaultWorkingDays/,
    );
  });

  test('provincePrefix parses GB/T 2260', () => {
    expect(provincePrefix('440300')).toBe('44');
    expect(provincePrefix(' 44 ')).toBe('44');
    expect(provincePrefix('4403')).toBeNull();
    expect(provincePrefix(undefined)).toBeNull();
  });
});
