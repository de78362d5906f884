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

let cached: { stamp: string; rows: ReferenceRecord[]; byDay: Map<string, ReferenceData> } | undefined;

/**
 * Loads the rules' reference data in force on `day` (rows with a later
 * effective date are left out). Rows are cached per process and reloaded
 * when any row changes (row count or newest update time), so an admin's edit
 * on one app instance reaches every instance on its next request.
 */
export async function loadReferenceData(
  db: Knex,
  options: { day: string; providerIpRanges?: string[] },
): Promise<ReferenceData> {
  const [{ count, newest }] = await db('reference_data')
    .count({ count: '*' })
    .max({ newest: 'updated_at' });
  const stamp = `${count}|${newest ? new Date(newest).toISOString() : ''}`;
  if (!cached || cached.stamp !== stamp) {
    const rows = (await db('reference_data').select('*')).map(toRow);
    cached = { stamp, rows, byDay: new Map() };
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
