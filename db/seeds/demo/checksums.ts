/**
 * Check characters of Chinese identity and registration numbers, used to
 * build valid synthetic numbers for the demo data.
 */

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';

/** GB 11643-1999 check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new Error(`expected 17 digits, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i];
  return RESIDENT_ID_CHECK[sum % 11];
}

/**
 * Builds an 18-character resident ID number: region code, birth date
 * (`YYYY-MM-DD`), a 3-digit sequence whose last digit is odd for men and even
 * for women, and the check character.
 */
export function buildResidentId(
  regionCode: string,
  birthDate: string,
  sequence: number,
  sex: 'male' | 'female',
): string {
  let seq = sequence % 1000;
  const wantOdd = sex === 'male';
  if ((seq % 2 === 1) !== wantOdd) seq = seq === 999 ? 998 : seq + 1;
  const first17 = regionCode + birthDate.replace(/-/g, '') + String(seq).padStart(3, '0');
  return first17 + residentIdCheckChar(first17);
}

/** Characters allowed in a unified social credit code (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 check character for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new Error(`invalid credit code character "${first17[i]}" in "${first17}"`);
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * GB 11714-1997 check character for the 8-character body of an organisation
 * code (positions 9–16 of a credit code); letters count A=10 … Z=35.
 */
export function organizationCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const value = parseInt(body8[i], 36);
    if (Number.isNaN(value)) throw new Error(`invalid organisation code character in "${body8}"`);
    sum += value * ORGANIZATION_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * Builds a unified social credit code: registration department and
 * organisation category (e.g. `91` enterprise, `12` public institution,
 * `51` social group), the six-digit region code, an organisation code body of
 * 8 characters with its GB 11714 check character, and the GB 32100 check.
 */
export function buildCreditCode(category: string, regionCode: string, body8: string): string {
  const first17 = category + regionCode + body8 + organizationCodeCheckChar(body8);
  return first17 + creditCodeCheckChar(first17);
}
