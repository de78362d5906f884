import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  hasValidCreditCodeCheck,
} from '../../../server/src/domain/rules/lib/credit-code';
import {
  isValidResidentId,
  residentIdCheckCharacter,
} from '../../../server/src/domain/rules/lib/resident-id';

/** Deterministic generator (mulberry32), so that a failure can be reproduced. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Second GB 11643 implementation, written from ISO 7064 MOD 11-2: weight
 * 2^(17-i) mod 11, check value (12 - sum mod 11) mod 11, 10 written X.
 */
function referenceResidentCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const weight = Number(2n ** BigInt(17 - i) % 11n);
    sum += weight * Number(first17.charAt(i));
  }
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

/** Character values of GB 32100-2015 table, written out instead of derived from an alphabet string. */
const CREDIT_VALUES: Record<string, number> = {
  0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, J: 18, K: 19,
  L: 20, M: 21, N: 22, P: 23, Q: 24, R: 25, T: 26, U: 27, W: 28, X: 29, Y: 30,
};

/** Second GB 32100 implementation: weight 3^i mod 31, check value 31 - sum mod 31, 31 written 0. */
function referenceCreditCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const character of first17) {
    sum += CREDIT_VALUES[character] * weight;
    weight = (weight * 3) % 31;
  }
  const value = (31 - (sum % 31)) % 31;
  return Object.keys(CREDIT_VALUES).find((character) => CREDIT_VALUES[character] === value) as string;
}

const VALID_RESIDENT_IDS = [
  '35010219920903069X',
  '350206198604210574',
  '350203197203150319',
  '330102199006142487',
  '320102199103051390',
  '440305198102073267',
  '440304199405180711',
  '510104198307221957',
  '37020220081110035X',
  '35020619880617046X',
  '330106199509110626',
];

const VALID_CREDIT_CODES = [
  '91350203582431707X',
  '91440305MA5GK7PX81',
  '915101073061745212',
  '91330106710284650Q',
  '91350206265903846G',
  '913502034015772812',
  '91350205630182945Y',
  '913301065290481783',
  '91370202582431707P',
  '91330106582431707U',
];

describe('GB 11643-1999 check character', () => {
  test.each(VALID_RESIDENT_IDS)('accepts known valid %s', (number) => {
    expect(isValidResidentId(number, '2026-11-10')).toBe(true);
  });

  test('rejects a wrong check character', () => {
    expect(isValidResidentId('350102199209030691', '2026-11-10')).toBe(false);
  });

  test('matches a second implementation on 20,000 numbers', () => {
    const random = seededRandom(11643);
    const mismatches: string[] = [];
    for (let n = 0; n < 20_000; n += 1) {
      const first17 = Array.from({ length: 17 }, () => Math.floor(random() * 10)).join('');
      if (residentIdCheckCharacter(first17) !== referenceResidentCheck(first17)) mismatches.push(first17);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('resident ID form', () => {
  test.each([
    ['15-digit first generation', '350102920903069'],
    ['lower-case x', '35010219920903069x'],
    ['birth date 1992-02-30', `${'35010219920230069'}${residentIdCheckCharacter('35010219920230069')}`],
    ['birth date after the day', `${'35010220270101001'}${residentIdCheckCharacter('35010220270101001')}`],
    ['letters inside', '3501021992090306AX'],
  ])('rejects %s', (_label, number) => {
    expect(isValidResidentId(number, '2026-11-10')).toBe(false);
  });

  test('accepts a birth date equal to the day', () => {
    const first17 = '35010220261110001';
    expect(isValidResidentId(first17 + residentIdCheckCharacter(first17), '2026-11-10')).toBe(true);
  });
});

describe('GB 32100-2015 check character', () => {
  test.each(VALID_CREDIT_CODES)('accepts known valid %s', (code) => {
    expect(hasValidCreditCodeCheck(code)).toBe(true);
  });

  test('rejects a wrong check character', () => {
    expect(hasValidCreditCodeCheck('913502035824317070')).toBe(false);
  });

  test('matches a second implementation on 20,000 codes', () => {
    const random = seededRandom(32100);
    const mismatches: string[] = [];
    for (let n = 0; n < 20_000; n += 1) {
      const first17 = Array.from(
        { length: 17 },
        () => CREDIT_CODE_ALPHABET[Math.floor(random() * CREDIT_CODE_ALPHABET.length)],
      ).join('');
      if (creditCodeCheckCharacter(first17) !== referenceCreditCheck(first17)) mismatches.push(first17);
    }
    expect(mismatches).toEqual([]);
  });
});
