/**
 * Reference data of the rules (TLDs, provincial minimum ages, word lists,
 * provider IP ranges) as flat rows, the shape of the reference tables and
 * of the files in db/data/reference/. Pure: no file system, no clock.
 */
import { domainToASCII } from 'node:url';
import type { ReferenceData } from './rules/types';

export const REFERENCE_KINDS = [
  'approved_tld',
  'minimum_age',
  'forbidden_word',
  'reserved_word',
  'personal_restricted_word',
  'provider_ip_range',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface ReferenceRow {
  kind: ReferenceKind;
  /** The TLD, word or CIDR range; for `minimum_age`, the province's name. */
  value: string;
  /** Two-digit GB/T 2260 province code, for provincial rows. */
  provinceCode?: string;
  /** For `minimum_age`: whether the age applies to units or to individuals. */
  appliesTo?: 'unit' | 'individual';
  minimumAge?: number;
  /** `YYYY-MM-DD`: the first day the row applies. */
  effectiveFrom: string;
  /** Origin of the row: the document or list it was taken from. */
  source: string;
}

/**
 * Builds the rules' reference data from rows. The caller passes only the
 * rows in force (effective on the submission day). When several
 * `minimum_age` rows cover one province and kind, the latest effective one
 * wins, so that a new rule can be added without deleting the old row.
 */
export function buildReferenceData(rows: readonly ReferenceRow[]): ReferenceData {
  const data: ReferenceData = {
    approvedTlds: new Set(),
    minimumAges: [],
    forbiddenWords: [],
    reservedWords: [],
    personalRestrictedWords: [],
    personalRestrictedWordsByProvince: new Map(),
    providerIpRanges: [],
  };
  const latestAges = new Map<string, ReferenceRow>();

  for (const row of rows) {
    switch (row.kind) {
      case 'approved_tld':
        data.approvedTlds.add(tldToAscii(row.value));
        break;
      case 'minimum_age': {
        const key = `${row.provinceCode}|${row.appliesTo}`;
        const current = latestAges.get(key);
        if (!current || current.effectiveFrom <= row.effectiveFrom) latestAges.set(key, row);
        break;
      }
      case 'forbidden_word':
        data.forbiddenWords.push(row.value);
        break;
      case 'reserved_word':
        data.reservedWords.push(row.value);
        break;
      case 'personal_restricted_word':
        addPersonalRestrictedWord(data, row);
        break;
      case 'provider_ip_range':
        data.providerIpRanges.push(row.value);
        break;
    }
  }

  for (const row of latestAges.values()) {
    if (!row.provinceCode || !row.appliesTo || row.minimumAge === undefined) continue;
    data.minimumAges.push({
      provinceCode: row.provinceCode,
      appliesTo: row.appliesTo,
      minimumAge: row.minimumAge,
    });
  }
  return data;
}

function addPersonalRestrictedWord(data: ReferenceData, row: ReferenceRow): void {
  if (!row.provinceCode) {
    data.personalRestrictedWords.push(row.value);
    return;
  }
  const byProvince = data.personalRestrictedWordsByProvince ?? new Map<string, string[]>();
  byProvince.set(row.provinceCode, [...(byProvince.get(row.provinceCode) ?? []), row.value]);
  data.personalRestrictedWordsByProvince = byProvince;
}

/** Stores TLDs as the domain rules compare them: ASCII (punycode), lower case, no dot. */
function tldToAscii(value: string): string {
  const label = value.normalize('NFKC').trim().replace(/^\./, '').toLowerCase();
  return domainToASCII(label) || label;
}
