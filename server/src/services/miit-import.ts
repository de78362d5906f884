import { parse } from 'csv-parse/sync';
import type { Knex } from 'knex';
import { defaultWebsiteNumbers } from '../domain/filing-numbers';
import { parseTimeText } from '../domain/time';
import type { Actor } from '../domain/workflow';
import { HttpError, InputError } from '../http/errors';
import { applyMiitEvent, MIIT_EVENTS } from './miit';

/**
 * Decodes the upload as UTF-8 (a BOM is dropped), or as GB18030 when it is
 * not valid UTF-8: Excel on Chinese Windows saves CSV in GBK, a subset.
 */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export const CSV_HEADER = ['reference', 'event', 'filing_number', 'reason', 'occurred_at'];
/** Lines one upload may carry; a larger export is split by the supervisor. */
export const MAX_IMPORT_LINES = 5000;

export interface ImportReport {
  applied: Array<{ line: number; reference: string; event: string; status: string }>;
  failed: Array<{ line: number; reference: string; message: string }>;
}

function describeError(error: unknown): string {
  if (error instanceof InputError) {
    const fields = Object.entries((error.body.errors ?? {}) as Record<string, string>).map(([path, why]) => `${path} ${why}`);
    return fields.length ? `${error.message} ${fields.join('; ')}` : error.message;
  }
  if (error instanceof HttpError) return error.message;
  throw error;
}

/**
 * Applies a CSV of MIIT events line by line, in file order, each line in
 * its own transaction: the good lines are applied, a bad line changes
 * nothing and is reported with its reason. Lines are numbered as in the
 * file, the header being line 1.
 */
export async function importMiitEvents(db: Knex, csv: Buffer, actor: Actor, now = new Date()): Promise<ImportReport> {
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = parse(decodeCsv(csv), { skip_empty_lines: true, trim: true, relax_column_count: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    throw new InputError(`The file is not valid CSV: ${(error as Error).message}`, { file: 'must be CSV' });
  }
  const records = parsed.map((entry) => entry.record);
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  if (header.join(',') !== CSV_HEADER.join(',')) {
    throw new InputError(`The first line must be the header ${CSV_HEADER.join(',')}.`, { file: `header is "${header.join(',')}"` });
  }
  if (records.length - 1 > MAX_IMPORT_LINES) {
    throw new InputError(`The file has ${records.length - 1} lines; import at most ${MAX_IMPORT_LINES} at once.`, { file: 'too many lines' });
  }

  const report: ImportReport = { applied: [], failed: [] };
  for (let index = 1; index < records.length; index++) {
    // The line the record ends on, as an editor counts it, blank lines included.
    const line = parsed[index].info.lines;
    const [reference = '', event = '', filingNumber = '', reason = '', occurredAtText = ''] = records[index];
    const fail = (message: string) => report.failed.push({ line, reference, message });
    if (records[index].length !== CSV_HEADER.length) {
      fail(`has ${records[index].length} columns; the header has ${CSV_HEADER.length}`);
      continue;
    }
    if (!MIIT_EVENTS.includes(event as any)) {
      fail(`unknown event "${event}": use ${MIIT_EVENTS.join(', ')}`);
      continue;
    }
    let occurredAt: Date | undefined;
    if (occurredAtText) {
      const time = parseTimeText(occurredAtText);
      if (!time) {
        fail(`occurred_at "${occurredAtText}" is not a time: write 2026-12-05T09:30:00+08:00, or 2026-12-05 09:30 for Beijing time`);
        continue;
      }
      occurredAt = time;
      if (occurredAt.getTime() > now.getTime() + 5 * 60_000) {
        fail(`occurred_at "${occurredAtText}" is in the future`);
        continue;
      }
    }
    try {
      const row = await db.transaction(async (trx) => {
        const submission = await trx('submissions').where({ reference }).forUpdate().first();
        if (!submission) throw new InputError(`unknown reference "${reference}"`);
        let filingNumbers: unknown;
        if (event === 'approved') {
          const revision = await trx('revisions').where({ submission_id: submission.id, number: submission.revision }).first('payload');
          filingNumbers = { entity: filingNumber, websites: defaultWebsiteNumbers(revision.payload, filingNumber) };
        }
        return applyMiitEvent(trx, submission, { event, filingNumbers, reason, occurredAt }, { id: actor.id }, 'import', now);
      });
      report.applied.push({ line, reference, event, status: row.status });
    } catch (error) {
      fail(describeError(error));
    }
  }
  return report;
}
