import type { Knex } from 'knex';
import { buildReferenceData, type ReferenceRow } from '../domain/reference-data';
import type { ReferenceData } from '../domain/rules/types';

export interface ReferenceRecord extends ReferenceRow {
  id: string;
}

function toRow(row: Record<string, any>): ReferenceRecord {
  return {
    id: row.id,
    kind: row.kind,
    value: row.value,
    provinceCode: row.province_code ?? undefined,
    appliesTo: row.applies_to ?? undefined,
    minimumAge: row.minimum_age ?? undefined,
    effectiveFrom:
      row.effective_from instanceof Date
        ? row.effective_from.toISOString().slice(0, 10)
        : String(row.effective_from).slice(0, 10),
    source: row.source,
  };
}

export function referenceRowToColumns(row: ReferenceRow): Record<string, unknown> {
  return {
    kind: row.kind,
    value: row.value,
    province_code: row.provinceCode ?? null,
    applies_to: row.appliesTo ?? null,
    minimum_age: row.minimumAge ?? null,
    effective_from: row.effectiveFrom,
    source: row.source,
  };
}

let cached: { stamp: string; checkedAt: number; rows: ReferenceRecord[]; byDay: Map<string, ReferenceData> } | undefined;

/**
 * How long rows are trusted before the table is asked whether they changed.
 * An edit through this process clears the cache at once; other app
 * instances see it within this time.
 */
export const REFERENCE_CACHE_MS = 2000;

/** Drops the cached rows, after an edit of the reference table. */
export function invalidateReferenceData(): void {
  cached = undefined;
}

/**
 * Loads the rules' reference data in force on `day` (rows with a later
 * effective date are left out). Rows are cached per process; after
 * REFERENCE_CACHE_MS the table's row count and newest update time are
 * compared, and the rows are reloaded when either changed.
 */
export async function loadReferenceData(
  db: Knex,
  options: { day: string; providerIpRanges?: string[] },
): Promise<ReferenceData> {
  if (!cached || Date.now() - cached.checkedAt > REFERENCE_CACHE_MS) {
    const [{ count, newest }] = await db('reference_data')
      .count({ count: '*' })
      .max({ newest: 'updated_at' });
    const stamp = `${count}|${newest ? new Date(newest).toISOString() : ''}`;
    if (!cached || cached.stamp !== stamp) {
      const rows = (await db('reference_data').select('*')).map(toRow);
      cached = { stamp, checkedAt: Date.now(), rows, byDay: new Map() };
    } else {
      cached.checkedAt = Date.now();
    }
  }
  const key = `${options.day}|${(options.providerIpRanges ?? []).join(',')}`;
  let data = cached.byDay.get(key);
  if (!data) {
    data = buildReferenceData(cached.rows.filter((row) => row.effectiveFrom <= options.day));
    if (options.providerIpRanges) data.providerIpRanges = options.providerIpRanges;
    if (cached.byDay.size > 1000) cached.byDay.clear();
    cached.byDay.set(key, data);
  }
  return data;
}

export async function listReferenceRows(db: Knex): Promise<ReferenceRecord[]> {
  return (await db('reference_data').select('*').orderBy(['kind', 'value'])).map(toRow);
}

export { toRow as referenceRecordFromRow };
