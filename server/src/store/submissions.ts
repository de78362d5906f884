import type { Knex } from 'knex';
import { containing } from './like-pattern';
import { isUuid } from '../domain/ids';
import { diffApplications } from '../domain/diff';
import type { Application } from '../domain/application';
import type { ListParams } from '../http/list-params';
import { APPLICATION_TYPES } from '../domain/application';
import { STATUSES } from '../domain/workflow';

export const SUBMISSION_FILTERS = [
  'q',
  'id',
  'status',
  'type',
  'province',
  'assigneeId',
  'hasErrors',
  'submittedAt_gte',
  'submittedAt_lte',
  'receivedAt_gte',
  'receivedAt_lte',
  'overdue',
  'dueSoon',
  'reference',
  'externalId',
] as const;

const SORT_COLUMNS: Record<string, string> = {
  submittedAt: 's.submitted_at',
  receivedAt: 's.received_at',
  updatedAt: 's.updated_at',
  reference: 's.reference',
  status: 's.status',
  type: 's.type',
  province: 's.province',
  entityName: 's.entity_name',
  errorCount: 's.error_count',
  warningCount: 's.warning_count',
  clockDueAt: 's.clock_due_at',
};
export const SUBMISSION_SORTS = Object.keys(SORT_COLUMNS);

function asList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== undefined && item !== null && item !== '').map(String);
}

function truthy(value: unknown): boolean {
  return value === true || value === 'true' || value === 1 || value === '1';
}

/**
 * Checks the values of the list filters and returns errors by filter name:
 * statuses and types from their enums, UUIDs, dates and booleans.
 */
export function submissionFilterErrors(filter: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  const enumCheck = (name: string, allowed: readonly string[]) => {
    const bad = asList(filter[name]).filter((value) => !allowed.includes(value));
    if (bad.length) errors[name] = `unknown value ${bad.join(', ')}: use ${allowed.join(', ')}`;
  };
  if (filter.status !== undefined) enumCheck('status', STATUSES);
  if (filter.type !== undefined) enumCheck('type', APPLICATION_TYPES);
  for (const name of ['id', 'assigneeId'] as const) {
    const bad = asList(filter[name]).filter((value) => !isUuid(value) && !(name === 'assigneeId' && value === 'none'));
    if (filter[name] !== null && bad.length) errors[name] = `must be a UUID${name === 'assigneeId' ? ' or "none"' : ''}, got ${bad.join(', ')}`;
  }
  for (const name of ['submittedAt_gte', 'submittedAt_lte', 'receivedAt_gte', 'receivedAt_lte'] as const) {
    if (filter[name] && Number.isNaN(new Date(String(filter[name])).getTime())) {
      errors[name] = 'must be a date or an RFC 3339 date-time';
    }
  }
  for (const name of ['hasErrors', 'overdue', 'dueSoon'] as const) {
    const value = filter[name];
    if (value !== undefined && value !== '' && ![true, false, 'true', 'false'].includes(value as never)) {
      errors[name] = 'must be true or false';
    }
  }
  return errors;
}

/** Builds the query shared by the list and its count: filters only, no paging. */
function baseQuery(db: Knex, filter: Record<string, unknown>, now: Date): Knex.QueryBuilder {
  const query = db('submissions as s');
  if (filter.id !== undefined) query.whereIn('s.id', asList(filter.id));
  if (filter.q) {
    // Normalised like the stored text: full-width letters typed in a Chinese input method still match.
    const words = String(filter.q).normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
    for (const word of words) {
      query.where('s.search_text', 'like', containing(word));
    }
  }
  if (filter.status !== undefined) query.whereIn('s.status', asList(filter.status));
  if (filter.type !== undefined) query.whereIn('s.type', asList(filter.type));
  if (filter.province !== undefined) query.whereIn('s.province', asList(filter.province));
  if (filter.reference !== undefined) query.whereIn('s.reference', asList(filter.reference));
  if (filter.externalId !== undefined) query.whereIn('s.external_id', asList(filter.externalId));
  if (filter.assigneeId !== undefined) {
    if (filter.assigneeId === null || filter.assigneeId === 'none') query.whereNull('s.assignee_id');
    else query.whereIn('s.assignee_id', asList(filter.assigneeId));
  }
  if (filter.hasErrors !== undefined) {
    if (truthy(filter.hasErrors)) query.where('s.error_count', '>', 0);
    else query.where('s.error_count', 0);
  }
  if (filter.submittedAt_gte) query.where('s.submitted_at', '>=', new Date(String(filter.submittedAt_gte)));
  if (filter.submittedAt_lte) query.where('s.submitted_at', '<=', new Date(String(filter.submittedAt_lte)));
  if (filter.receivedAt_gte) query.where('s.received_at', '>=', new Date(String(filter.receivedAt_gte)));
  if (filter.receivedAt_lte) query.where('s.received_at', '<=', new Date(String(filter.receivedAt_lte)));
  if (truthy(filter.overdue)) query.where('s.clock_due_at', '<=', now);
  if (truthy(filter.dueSoon)) query.where('s.clock_due_soon_at', '<=', now).andWhere('s.clock_due_at', '>', now);
  return query;
}

const LIST_COLUMNS = [
  's.*',
  'u.display_name as assignee_name',
  'u.username as assignee_username',
];

const domainsColumn = (db: Knex) =>
  db.raw(
    `(SELECT coalesce(json_agg(w.domain ORDER BY w.website_index), '[]'::json) FROM revision_websites w
      JOIN revisions r ON r.id = w.revision_id AND r.number = s.revision WHERE w.submission_id = s.id) AS domains`,
  );

const principalColumn = (db: Knex) =>
  db.raw(
    `(SELECT json_build_object('name', p.name, 'mobile', p.mobile) FROM revision_people p
      JOIN revisions r ON r.id = p.revision_id AND r.number = s.revision
      WHERE p.submission_id = s.id AND p.role = 'entity_principal' LIMIT 1) AS principal`,
  );

export async function listSubmissions(db: Knex, params: ListParams, now = new Date()) {
  const [{ total }] = await baseQuery(db, params.filter, now).count({ total: '*' });
  const rows = await baseQuery(db, params.filter, now)
    .leftJoin('users as u', 'u.id', 's.assignee_id')
    .select(LIST_COLUMNS)
    .select(domainsColumn(db), principalColumn(db))
    .orderBy(SORT_COLUMNS[params.sortField], params.sortOrder)
    .orderBy('s.id', 'asc')
    .offset(params.offset)
    .limit(params.limit);
  return { rows, total: Number(total) };
}

export async function findSubmissionRow(db: Knex, id: string) {
  if (!isUuid(id)) return undefined;
  return db('submissions as s')
    .leftJoin('users as u', 'u.id', 's.assignee_id')
    .where('s.id', id)
    .select(LIST_COLUMNS)
    .select(domainsColumn(db), principalColumn(db))
    .first();
}

/** Loads the current revision with its findings, materials and history, for the detail view. */
export async function loadSubmissionDetail(db: Knex, row: Record<string, any>) {
  const revisions = await db('revisions')
    .where({ submission_id: row.id })
    .orderBy('number')
    .select('id', 'number', 'submitted_at', 'received_at', 'passed_rules', 'payload');
  const current = revisions.find((revision) => revision.number === row.revision)!;

  const [findings, materials, overrides, rejections] = await Promise.all([
    db('findings').where({ revision_id: current.id }).orderBy('id'),
    db('materials').where({ revision_id: current.id }).orderBy('position'),
    db('overrides as o')
      .leftJoin('users as u', 'u.id', 'o.user_id')
      .where('o.submission_id', row.id)
      .orderBy('o.created_at')
      .select('o.*', 'u.display_name as user_name'),
    db('rejections').where({ submission_id: row.id }).orderBy('created_at', 'desc'),
  ]);

  const overrideFor = (rule: string, path: string) =>
    overrides.find((o) => o.rule_id === rule && o.path === path && o.revision === row.revision);

  // On a resubmission: the latest rejection of an earlier revision, and what changed since.
  const earlier = rejections.find((rejection) => rejection.revision < row.revision);
  let previousRejection = null;
  let diff: ReturnType<typeof diffApplications> = [];
  if (earlier) {
    const rejectedRevision = revisions.find((revision) => revision.number === earlier.revision);
    const comments = await db('comments as c')
      .leftJoin('users as u', 'u.id', 'c.author_id')
      .where({ 'c.submission_id': row.id, 'c.revision': earlier.revision })
      .orderBy('c.created_at')
      .select('c.id', 'c.path', 'c.body', 'c.created_at', 'u.display_name as author_name');
    previousRejection = {
      revision: earlier.revision,
      kind: earlier.kind,
      createdAt: earlier.created_at,
      reasons: earlier.reasons,
      comments: comments.map((c) => ({ id: c.id, path: c.path, body: c.body, createdAt: c.created_at, authorName: c.author_name })),
    };
    if (rejectedRevision) diff = diffApplications(rejectedRevision.payload, current.payload);
  }

  return {
    application: current.payload as Application,
    passed: current.passed_rules as string[],
    findings: findings.map((finding) => {
      const override = overrideFor(finding.rule, finding.path);
      return {
        id: finding.id,
        rule: finding.rule,
        severity: finding.severity,
        path: finding.path,
        message: finding.message,
        suggestion: finding.suggestion ?? undefined,
        source: finding.source,
        override: override
          ? { justification: override.justification, userName: override.user_name, createdAt: override.created_at }
          : undefined,
      };
    }),
    materials: materials.map((material) => ({
      id: material.id,
      materialId: material.material_id,
      kind: material.kind,
      website: material.website_index ?? undefined,
      fileName: material.file_name,
      contentType: material.sniffed_type ?? material.declared_content_type,
      declaredContentType: material.declared_content_type,
      size: material.size,
      sniffedType: material.sniffed_type,
      width: material.width,
      height: material.height,
      url: `/api/files/${material.id}`,
    })),
    overrides: overrides.map((o) => ({
      ruleId: o.rule_id,
      path: o.path,
      revision: o.revision,
      justification: o.justification,
      userName: o.user_name,
      createdAt: o.created_at,
    })),
    revisions: revisions.map((revision) => ({
      number: revision.number,
      submittedAt: revision.submitted_at,
      receivedAt: revision.received_at,
    })),
    previousRejection,
    diff,
  };
}
