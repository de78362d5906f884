import { parseIsoDate, type CalendarDate } from './dates';

/** GB 11643-1999 weights of the first 17 digits of a resident ID number. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** Returns the GB 11643-1999 check character of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17[i]) * WEIGHTS[i];
  }
  return CHECK_CHARACTERS[sum % 11];
}

/** Returns the birth date coded in positions 7–14, or null when it is no real date. */
export function residentIdBirthDate(number: string): CalendarDate | null {
  const digits = number.slice(6, 14);
  return parseIsoDate(
    `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`,
  );
}

/**
 * Checks an 18-character resident ID number (upper-case X): its shape, a
 * birth date that is real and not after `today`, and the check character.
 * First-generation 15-digit numbers are not accepted.
 */
export function isValidResidentId(number: string, today: string): boolean {
  if (!SHAPE.test(number)) return false;
  const birthDate = residentIdBirthDate(number);
  if (!birthDate) return false;
  if (number.slice(6, 14) > today.replace(/-/g, '')) return false;
  return residentIdCheckCharacter(number.slice(0, 17)) === number[17];
}
