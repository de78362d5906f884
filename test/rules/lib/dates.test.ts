import {
  addDays,
  addMonths,
  ageOn,
  parseIsoDate,
} from '../../../server/src/domain/rules/lib/dates';

describe('addMonths', () => {
  test.each([
    ['2026-11-10', 3, '2027-02-10'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-01-31', -2, '2025-11-30'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays', () => {
  test.each([
    ['2026-11-10', 90, '2027-02-08'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('ageOn', () => {
  const birth = (text: string) => parseIsoDate(text)!;

  test.each([
    ['2008-11-10', '2026-11-10', 18],
    ['2008-11-11', '2026-11-10', 17],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
  ])('born %s is %i on %s', (born, day, age) => {
    expect(ageOn(birth(born), day)).toBe(age);
  });
});

describe('parseIsoDate', () => {
  test.each(['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', ''])('rejects %s', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  test('accepts 2028-02-29', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});
