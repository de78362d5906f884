/**
 * Masking of document numbers and phone numbers for logs, list views and
 * emails. A value that already contains `*` is returned unchanged, so
 * masking twice is harmless.
 */

function stars(count: number): string {
  return '*'.repeat(Math.max(count, 0));
}

/**
 * Masks a document number. Numbers of 12 or more characters (resident IDs,
 * credit codes) keep their first and last 4: `3502**********0319`. Shorter
 * ones (passports, permits) keep their first and last 2, and 4 characters
 * or fewer are masked entirely.
 */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.includes('*')) {
    return value;
  }
  const characters = Array.from(value);
  const length = characters.length;
  if (length <= 4) {
    return stars(length);
  }
  const keptLength = length >= 12 ? 4 : 2;
  return (
    characters.slice(0, keptLength).join('') +
    stars(length - 2 * keptLength) +
    characters.slice(length - keptLength).join('')
  );
}

/**
 * Masks a phone number, keeping its first 3 and last 4 digits:
 * `13906001287` gives `139****1287`. Spaces, hyphens and a `+86` or `0086`
 * prefix before a mobile number are dropped first. Numbers shorter than 8
 * digits keep only their last 2.
 */
export function maskMobile(phone: string): string {
  const value = phone.trim();
  if (value.includes('*')) {
    return value;
  }
  let digits = value.replace(/[\s\-()]/g, '');
  const mobileWithCountryCode = /^(?:\+86|0086|86)(1\d{10})$/.exec(digits);
  if (mobileWithCountryCode) {
    digits = mobileWithCountryCode[1];
  }
  if (digits.length < 8) {
    return stars(digits.length - 2) + digits.slice(-2);
  }
  return digits.slice(0, 3) + stars(digits.length - 7) + digits.slice(-4);
}
