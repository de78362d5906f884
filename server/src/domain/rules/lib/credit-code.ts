/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18
 * characters from a 31-character alphabet without I, O, S, V and Z.
 */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Returns true when the code has 18 allowed characters with digits at positions 3–8. */
export function hasCreditCodeShape(code: string): boolean {
  return SHAPE.test(code);
}

/** Returns the GB 32100-2015 check character of the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

export function hasValidCreditCodeCheck(code: string): boolean {
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}

/** Returns the six-digit registration region code at positions 3–8. */
export function creditCodeRegion(code: string): string {
  return code.slice(2, 8);
}
