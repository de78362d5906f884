/**
 * Normalisation of an application before the rules run: the values people
 * type on phones and in Chinese input methods become comparable. The caller
 * keeps the original application for display.
 */
import { domainToASCII, domainToUnicode } from 'node:url';
import type {
  Application,
  Entity,
  LegalPerson,
  Person,
  Website,
} from './application';

const MOBILE_SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;
const COUNTRY_PREFIX = /^(?:\+86|0086|86)(\d{11})$/;

/** Applies NFKC and trims; the base step for every string. */
export function normaliseText(value: string): string {
  return value.normalize('NFKC').trim();
}

/** Normalises a document or certificate number: NFKC, trimmed, upper case (`x` → `X`). */
export function normaliseDocumentNumber(value: string): string {
  return normaliseText(value).toUpperCase();
}

/**
 * Normalises a mobile or emergency phone: spaces and dashes removed, and a
 * leading +86, 0086 or 86 removed when 11 digits follow.
 */
export function normaliseMobile(value: string): string {
  const compact = normaliseText(value).replace(MOBILE_SEPARATORS, '');
  return compact.replace(COUNTRY_PREFIX, '$1');
}

/**
 * Normalises a domain to its ASCII (punycode) form: 。 becomes a dot, lower
 * case, no trailing dot. A name that cannot be converted stays in lower-case
 * Unicode, so that the domain rules report it.
 */
export function normaliseDomain(value: string): string {
  const dotted = normaliseText(value).replace(/。/g, '.').toLowerCase();
  const withoutTrailingDot = dotted.endsWith('.') ? dotted.slice(0, -1) : dotted;
  // domainToASCII reads a URL host: it cuts `a.cn/index.html` at the slash and decodes
  // `%2E`, which would hide the invalid text from the rules, so such text is only lower-cased.
  if (/[/?#\\%]/.test(withoutTrailingDot)) return withoutTrailingDot;
  return domainToASCII(withoutTrailingDot) || withoutTrailingDot;
}

/** Returns a normalised domain in Unicode for display (xn--fiqs8s → 中国). */
export function displayDomain(asciiDomain: string): string {
  return domainToUnicode(asciiDomain) || asciiDomain;
}

/** Normalises an email address: trimmed, domain part in lower case. */
export function normaliseEmail(value: string): string {
  const text = normaliseText(value);
  const at = text.lastIndexOf('@');
  if (at < 0) return text;
  return `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
}

/** Returns a normalised deep copy of the application; the input is not changed. */
export function normaliseApplication(app: Application): Application {
  const copy = normaliseStrings(app) as Application;
  normaliseEntity(copy.entity);
  copy.websites.forEach(normaliseWebsite);
  if (copy.previous) {
    normaliseEntity(copy.previous.entity);
    copy.previous.websites.forEach(normaliseWebsite);
  }
  copy.applicant.email = normaliseEmail(copy.applicant.email);
  return copy;
}

function normaliseEntity(entity: Entity): void {
  entity.certificateNumber = normaliseDocumentNumber(entity.certificateNumber);
  // Filing numbers are typed too: `icp` counts as `ICP`.
  if (entity.filingNumber !== undefined) {
    entity.filingNumber = entity.filingNumber.toUpperCase();
  }
  normalisePerson(entity.principal);
  if (entity.legalPerson) normalisePerson(entity.legalPerson);
}

function normaliseWebsite(website: Website): void {
  website.domains = website.domains.map(normaliseDomain);
  if (website.filingNumber !== undefined) {
    website.filingNumber = website.filingNumber.toUpperCase();
  }
  normalisePerson(website.principal);
}

function normalisePerson(person: Person | LegalPerson): void {
  person.idNumber = normaliseDocumentNumber(person.idNumber);
  if (person.mobile !== undefined) person.mobile = normaliseMobile(person.mobile);
  if (person.emergencyPhone !== undefined) {
    person.emergencyPhone = normaliseMobile(person.emergencyPhone);
  }
  if (person.email !== undefined) person.email = normaliseEmail(person.email);
}

/** Copies plain JSON data, applying NFKC and trim to every string. */
function normaliseStrings(value: unknown): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (Array.isArray(value)) return value.map(normaliseStrings);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = normaliseStrings(item);
    }
    return copy;
  }
  return value;
}
