/**
 * Reads the default reference data shipped in db/data/reference/, one JSON
 * file of rows per kind. The only domain module that reads files: the
 * database seed and the tests start from these rows.
 *
 * NOTE: the default rows take effect on 2017-01-01, the earliest date of
 * the provincial rules they collect. The legal date of each row is not
 * recorded, so add a later change as a new row with its own date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReferenceData, REFERENCE_KINDS, type ReferenceRow } from './reference-data';
import type { ReferenceData } from './rules/types';

export const DEFAULT_REFERENCE_DIRECTORY = join(__dirname, '../../../db/data/reference');

const KINDS = new Set<string>(REFERENCE_KINDS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and checks every row of the default files; throws naming the file and row on a malformed one. */
export function loadDefaultReferenceRows(
  directory: string = DEFAULT_REFERENCE_DIRECTORY,
): ReferenceRow[] {
  const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
  return files.flatMap((name) => {
    const rows: unknown = JSON.parse(readFileSync(join(directory, name), 'utf8'));
    if (!Array.isArray(rows)) throw new Error(`${name}: expected a JSON array of rows`);
    return rows.map((row, index) => checkRow(row, `${name}[${index}]`));
  });
}

/**
 * Builds reference data from the default files. With `day`, rows that take
 * effect after that day are left out.
 */
export function loadDefaultReferenceData(day?: string): ReferenceData {
  const rows = loadDefaultReferenceRows();
  return buildReferenceData(day ? rows.filter((row) => row.effectiveFrom <= day) : rows);
}

function checkRow(row: unknown, where: string): ReferenceRow {
  const candidate = row as Partial<ReferenceRow>;
  if (typeof candidate !== 'object' || candidate === null) {
    throw new Error(`${where}: expected an object`);
  }
  if (!candidate.kind || !KINDS.has(candidate.kind)) {
    throw new Error(`${where}: invalid kind ${JSON.stringify(candidate.kind)}`);
  }
  if (typeof candidate.value !== 'string' || candidate.value === '') {
    throw new Error(`${where}: missing value`);
  }
  if (typeof candidate.effectiveFrom !== 'string' || !ISO_DATE.test(candidate.effectiveFrom)) {
    throw new Error(`${where}: effectiveFrom must be YYYY-MM-DD`);
  }
  if (typeof candidate.source !== 'string' || candidate.source === '') {
    throw new Error(`${where}: missing source`);
  }
  if (candidate.kind === 'minimum_age' && (!candidate.provinceCode || !candidate.appliesTo || candidate.minimumAge === undefined)) {
    throw new Error(`${where}: minimum_age needs provinceCode, appliesTo and minimumAge`);
  }
  return candidate as ReferenceRow;
}
