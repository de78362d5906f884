import type { Request, Response } from 'express';
import { InputError } from './errors';

export interface ListParams {
  filter: Record<string, unknown>;
  offset: number;
  limit: number;
  sortField: string;
  sortOrder: 'asc' | 'desc';
}

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new InputError(`${name} must be given once, as JSON.`, { [name]: 'must be JSON' });
  try {
    return JSON.parse(raw);
  } catch {
    throw new InputError(`${name} is not valid JSON.`, { [name]: 'must be JSON, e.g. ' + EXAMPLES[name] });
  }
}

const EXAMPLES: Record<string, string> = {
  filter: '{"status":"pending_review"}',
  range: '[0,24]',
  sort: '["submittedAt","DESC"]',
};

/** Largest page a list returns, whatever `range` requests. */
export const MAX_PAGE = 500;

/**
 * Reads ra-data-simple-rest's `filter`, `range` and `sort` query parameters,
 * rejecting fields that are not whitelisted with a 400 that names them.
 */
export function parseListParams(
  req: Request,
  allowed: { filters: readonly string[]; sorts: readonly string[]; defaultSort: [string, 'asc' | 'desc'] },
): ListParams {
  const filter = (parseJson('filter', req.query.filter) ?? {}) as Record<string, unknown>;
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new InputError('filter must be a JSON object.', { filter: 'must be an object' });
  }
  const unknownFilters = Object.keys(filter).filter((key) => !allowed.filters.includes(key));
  if (unknownFilters.length) {
    throw new InputError(`Unknown filter field: ${unknownFilters.join(', ')}. Allowed: ${allowed.filters.join(', ')}.`, {
      filter: `unknown field ${unknownFilters.join(', ')}`,
    });
  }

  let offset = 0;
  let limit = 25;
  const range = parseJson('range', req.query.range);
  if (range !== undefined) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0]) {
      throw new InputError('range must be [start, end] with whole numbers, start <= end.', { range: 'must be [start, end]' });
    }
    offset = range[0];
    limit = Math.min(range[1] - range[0] + 1, MAX_PAGE);
  }

  let [sortField, sortOrder] = allowed.defaultSort;
  const sort = parseJson('sort', req.query.sort);
  if (sort !== undefined) {
    if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
      throw new InputError('sort must be ["field", "ASC" or "DESC"].', { sort: 'must be ["field", "ASC|DESC"]' });
    }
    if (!allowed.sorts.includes(sort[0])) {
      throw new InputError(`Unknown sort field: ${sort[0]}. Allowed: ${allowed.sorts.join(', ')}.`, {
        sort: `unknown field ${sort[0]}`,
      });
    }
    const order = String(sort[1]).toLowerCase();
    if (order !== 'asc' && order !== 'desc') {
      throw new InputError('sort order must be ASC or DESC.', { sort: 'order must be ASC or DESC' });
    }
    sortField = sort[0];
    sortOrder = order;
  }
  return { filter, offset, limit, sortField, sortOrder };
}

/** Sends a page with the Content-Range header ra-data-simple-rest reads. */
export function sendPage(res: Response, resource: string, params: ListParams, rows: unknown[], total: number): void {
  const end = rows.length ? params.offset + rows.length - 1 : params.offset;
  res.set('Content-Range', `${resource} ${params.offset}-${end}/${total}`);
  res.json(rows);
}
