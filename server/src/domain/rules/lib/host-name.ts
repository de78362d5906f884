const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MAX_LENGTH = 253;

/**
 * Checks a normalised (ASCII, lower-case) host name: at most 253
 * characters, at least two labels, each 1–63 letters, digits or hyphens,
 * not starting or ending with a hyphen. A top-level label of digits only is
 * no host name (RFC 3696, section 2), so an IPv4 address such as 127.0.0.1
 * is invalid here rather than a domain with an unapproved TLD.
 */
export function isValidHostName(domain: string): boolean {
  if (domain.length === 0 || domain.length > MAX_LENGTH) return false;
  const labels = domain.split('.');
  if (/^\d+$/.test(labels[labels.length - 1])) return false;
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

export function topLevelDomain(domain: string): string {
  return domain.slice(domain.lastIndexOf('.') + 1);
}
