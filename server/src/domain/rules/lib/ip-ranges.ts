import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = [Address, number];

const parsedRanges = new WeakMap<readonly string[], Range[]>();

/**
 * Parses an IPv4 address in dotted decimal (four parts, no octal or hex
 * forms) or an IPv6 address without a zone; returns null otherwise.
 * IPv4-mapped IPv6 addresses become IPv4.
 */
export function parseIpAddress(text: string): Address | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (!text.includes('%') && ipaddr.IPv6.isValid(text)) return ipaddr.process(text);
  return null;
}

/** Returns true when the address lies in one of the CIDR ranges; invalid ranges are skipped. */
export function isInRanges(address: Address, ranges: readonly string[]): boolean {
  return rangesOf(ranges).some(
    ([network, prefix]) =>
      network.kind() === address.kind() && address.match(network, prefix),
  );
}

// Parsed once per ranges array: reference data is built once and shared.
function rangesOf(ranges: readonly string[]): Range[] {
  let parsed = parsedRanges.get(ranges);
  if (!parsed) {
    parsed = ranges.flatMap((range) => {
      try {
        return [ipaddr.parseCIDR(range) as Range];
      } catch {
        return [];
      }
    });
    parsedRanges.set(ranges, parsed);
  }
  return parsed;
}
