import type { CertificateType, PersonalIdType } from '../../application';
import { PERSONAL_ID_TYPES } from '../../application';
import { findRegion } from '../../regions';
import { creditCodeRegion, hasCreditCodeShape } from './credit-code';
import { isValidResidentId } from './resident-id';

const HMT_RESIDENCE_PREFIXES = ['810000', '820000', '830000'];
const NATIONAL_REGISTRATION = '100000';

const PERSONAL_SHAPES: Record<
  Exclude<PersonalIdType, 'resident_id' | 'hmt_residence_permit'>,
  RegExp
> = {
  hk_macau_permit: /^[HM](?:\d{8}|\d{10})$/,
  taiwan_permit: /^\d{8}$/,
  passport: /^[A-Z0-9]{5,17}$/,
  foreign_permanent_residence: /^(?:[A-Z0-9]{15}|\d{18})$/,
};

const ORGANIZATION_CODE = /^[A-Z0-9]{8}-?[0-9X]$/;

export function isPersonalIdType(type: string): type is PersonalIdType {
  return (PERSONAL_ID_TYPES as readonly string[]).includes(type);
}

/**
 * Checks a normalised personal document number against the form of its
 * type. Resident IDs and residence permits also need a real birth date not
 * after `today` and a right GB 11643-1999 check character.
 */
export function isValidPersonalIdNumber(
  type: PersonalIdType,
  number: string,
  today: string,
): boolean {
  if (type === 'resident_id') return isValidResidentId(number, today);
  if (type === 'hmt_residence_permit') {
    return (
      HMT_RESIDENCE_PREFIXES.some((prefix) => number.startsWith(prefix)) &&
      isValidResidentId(number, today)
    );
  }
  return PERSONAL_SHAPES[type].test(number);
}

/**
 * Checks the form of a credit code: the alphabet without I, O, S, V and Z,
 * and a GB/T 2260 code (or 100000) at positions 3–8. The check character is
 * judged apart, by `entity.certificate.checksum_failed`.
 */
export function hasValidCreditCodeForm(number: string): boolean {
  if (!hasCreditCodeShape(number)) return false;
  const region = creditCodeRegion(number);
  return region === NATIONAL_REGISTRATION || findRegion(region) !== undefined;
}

/** Checks the form of a normalised certificate number for its type. */
export function isValidCertificateNumber(
  type: CertificateType,
  number: string,
  today: string,
): boolean {
  switch (type) {
    case 'business_license':
    case 'institution_certificate':
    case 'social_group_certificate':
      return hasValidCreditCodeForm(number);
    case 'organization_code':
      return ORGANIZATION_CODE.test(number);
    default:
      return isValidPersonalIdNumber(type, number, today);
  }
}
