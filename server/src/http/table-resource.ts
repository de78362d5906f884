import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { toPlainText } from '../domain/plain-text';
import type { Role } from '../domain/workflow';
import { recordAudit } from '../store/audit';
import { containing } from '../store/like-pattern';
import { requireRole } from './auth-middleware';
import { ConflictError, InputError, NotFoundError } from './errors';
import { parseListParams, sendPage } from './list-params';

/** One API field of a table-backed resource. */
export interface FieldSpec {
  column: string;
  filter?: 'eq' | 'like';
  /** False for a field that cannot be sorted on, such as JSON. */
  sort?: boolean;
}

export interface TableResourceSpec {
  name: string;
  table: string;
  fields: Record<string, FieldSpec>;
  defaultSort: [string, 'asc' | 'desc'];
  readRole: Role;
  writeRole?: Role;
  /** Query with joins; defaults to the table alone, aliased `t`. */
  baseQuery?: (db: Knex) => Knex.QueryBuilder;
  /** Turns a request body into columns; throws InputError naming the fields. */
  toColumns?: (body: Record<string, unknown>, creating: boolean, req: Request) => Promise<Record<string, unknown>> | Record<string, unknown>;
  present?: (row: Record<string, any>) => Record<string, unknown>;
  /** Extra filters that are not plain columns. */
  extraFilters?: Record<string, (query: Knex.QueryBuilder, value: unknown) => void>;
  allowDelete?: boolean;
  /** Runs after every create, update and delete, e.g. to drop a cache. */
  afterWrite?: () => void;
}

/**
 * Serves a ra-data-simple-rest resource over one table: list with whitelisted
 * filters and sorts, one record, and, with a write role, create, update and
 * delete, each written to the audit trail.
 */
export function tableResource(db: Knex, spec: TableResourceSpec): Router {
  const router = Router();
  const base = () => (spec.baseQuery ? spec.baseQuery(db) : db(`${spec.table} as t`));
  const present = spec.present ?? ((row) => presentColumns(spec, row));
  const filters = [...Object.keys(spec.fields).filter((f) => spec.fields[f].filter), 'q', 'id', ...Object.keys(spec.extraFilters ?? {})];
  // Every field sorts unless marked otherwise; `id` is react-admin's default sort.
  const sorts = ['id', ...Object.keys(spec.fields).filter((f) => spec.fields[f].sort !== false)];
  const sortColumn = (field: string) => (field === 'id' ? 't.id' : spec.fields[field].column);

  const filtered = (filter: Record<string, unknown>) => {
    const query = base();
    for (const [field, value] of Object.entries(filter)) {
      if (value === undefined || value === '') continue;
      if (field === 'id') {
        query.whereIn('t.id', ([] as unknown[]).concat(value) as string[]);
      } else if (field === 'q') {
        const likeFields = Object.values(spec.fields).filter((f) => f.filter === 'like');
        query.where((q) => {
          for (const f of likeFields) q.orWhereRaw(`${f.column}::text ILIKE ?`, [containing(value)]);
        });
      } else if (spec.extraFilters?.[field]) {
        spec.extraFilters[field](query, value);
      } else {
        const { column, filter: kind } = spec.fields[field];
        if (kind === 'like') query.whereRaw(`${column}::text ILIKE ?`, [containing(value)]);
        else if (Array.isArray(value)) query.whereIn(column, value as string[]);
        else if (value === null) query.whereNull(column);
        else query.where(column, value as string);
      }
    }
    return query;
  };

  router.get('/', requireRole(spec.readRole), async (req, res) => {
    const params = parseListParams(req, { filters, sorts, defaultSort: spec.defaultSort });
    const [{ total }] = await filtered(params.filter).clearSelect().count({ total: '*' });
    const rows = await filtered(params.filter)
      .orderBy(sortColumn(params.sortField), params.sortOrder)
      .orderBy('t.id')
      .offset(params.offset)
      .limit(params.limit);
    sendPage(res, spec.name, params, rows.map(present), Number(total));
  });

  const findOne = async (id: string) => {
    const row = await base().where('t.id', id).first();
    if (!row) throw new NotFoundError(`No ${spec.name} record with id ${id}.`);
    return row;
  };

  router.get('/:id', requireRole(spec.readRole), async (req, res) => {
    res.json(present(await findOne(String(req.params.id))));
  });

  if (spec.writeRole && spec.toColumns) {
    const toColumns = spec.toColumns;
    router.post('/', requireRole(spec.writeRole), async (req, res) => {
      const columns = await toColumns(req.body ?? {}, true, req);
      const [row] = await db(spec.table).insert(columns).returning('id');
      await recordAudit(db, { actorId: req.user!.id, action: `${spec.name}.create`, detail: { id: row.id, after: withoutSecrets(columns) } });
      spec.afterWrite?.();
      res.status(201).json(present(await findOne(row.id)));
    });
    router.put('/:id', requireRole(spec.writeRole), async (req, res) => {
      const before = await findOne(String(req.params.id));
      const columns = await toColumns(req.body ?? {}, false, req);
      const update = db(spec.table).where({ id: String(req.params.id) });
      // A form sends back the updatedAt it was opened with: a record changed since then is
      // not overwritten, or a stale form could reactivate a user someone just deactivated.
      const openedAt = typeof req.body?.updatedAt === 'string' ? new Date(req.body.updatedAt) : null;
      if (openedAt && before.updated_at) {
        if (openedAt.getTime() !== new Date(before.updated_at).getTime()) throw staleError(spec.name, before.updated_at);
        update.andWhere('updated_at', before.updated_at);
      }
      if ((await update.update(columns)) === 0) throw staleError(spec.name, before.updated_at);
      spec.afterWrite?.();
      await recordAudit(db, {
        actorId: req.user!.id,
        action: `${spec.name}.update`,
        detail: { id: String(req.params.id), before: withoutSecrets(presentColumns(spec, before)), after: withoutSecrets(columns) },
      });
      res.json(present(await findOne(String(req.params.id))));
    });
    if (spec.allowDelete) {
      router.delete('/:id', requireRole(spec.writeRole), async (req, res) => {
        const before = await findOne(String(req.params.id));
        await db(spec.table).where({ id: String(req.params.id) }).delete();
        spec.afterWrite?.();
        await recordAudit(db, { actorId: req.user!.id, action: `${spec.name}.delete`, detail: { id: String(req.params.id), before: presentColumns(spec, before) } });
        res.json(present(before));
      });
    }
  }
  return router;
}

function staleError(name: string, updatedAt: unknown): ConflictError {
  const when = updatedAt ? new Date(updatedAt as string).toISOString() : 'just now';
  return new ConflictError(`This ${name} record was changed at ${when}, after you opened it: reload it and make your change again.`);
}

/** Returns columns for the audit trail with password and key hashes replaced by a note. */
function withoutSecrets(columns: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(columns).map(([key, value]) => [key, /hash|password/i.test(key) ? '(changed)' : value]),
  );
}

function presentColumns(spec: TableResourceSpec, row: Record<string, any>): Record<string, unknown> {
  const record: Record<string, unknown> = { id: row.id };
  for (const [field, { column }] of Object.entries(spec.fields)) {
    record[field] = row[column.replace(/^\w+\./, '')] ?? row[field] ?? null;
  }
  return record;
}

/** Reads a required or optional text field of a body, recording what is wrong. */
export function textField(
  body: Record<string, unknown>,
  field: string,
  errors: Record<string, string>,
  /** `raw` returns the text exactly as sent, for passwords. */
  options: { required?: boolean; max?: number; raw?: boolean } = {},
): string | null {
  const value = body[field];
  if (value !== undefined && value !== null && typeof value !== 'string') {
    errors[field] = 'must be text';
    return null;
  }
  // Blank text counts as missing, so a comment of spaces is refused and an empty path is null.
  const text = value === undefined || value === null ? '' : toPlainText(value).trim();
  if (text === '') {
    if (options.required) errors[field] = 'is required';
    return null;
  }
  const max = options.max ?? 2000;
  if (value!.length > max) errors[field] = `must be at most ${max} characters`;
  return options.raw ? value! : text;
}

export function throwIfErrors(errors: Record<string, string>, message = 'Some fields are invalid.'): void {
  if (Object.keys(errors).length) throw new InputError(message, errors);
}
