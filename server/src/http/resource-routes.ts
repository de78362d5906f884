import crypto from 'node:crypto';
import { Router } from 'express';
import ipaddr from 'ipaddr.js';
import type { Knex } from 'knex';
import { hashPassword } from '../store/users';
import { isUuid } from '../domain/ids';
import { REFERENCE_KINDS } from '../domain/reference-data';
import { listRules } from '../domain/rules/evaluate';
import { invalidateReferenceData } from '../store/reference-data';
import { recordAudit } from '../store/audit';
import { checkFieldPathsOfRevision } from '../store/field-paths';
import { requeueEmail } from '../jobs/outbox';
import { requireRole } from './auth-middleware';
import { ConflictError, InputError, NotFoundError } from './errors';
import { hashIntakeKey } from './intake-keys-middleware';
import { tableResource, textField, throwIfErrors } from './table-resource';

const ROLES = ['specialist', 'supervisor', 'admin'];

const RULE_IDS = new Set(listRules().map((rule) => rule.id));

function knownRuleId(value: string | null, errors: Record<string, string>): string | null {
  if (value && !RULE_IDS.has(value)) errors.ruleId = `"${value}" is no rule id: leave it empty or pick one from GET /api/rules`;
  return value;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function reasonTemplateRouter(db: Knex): Router {
  return tableResource(db, {
    name: 'reason-templates',
    table: 'reason_templates',
    fields: {
      code: { column: 't.code', filter: 'like', sort: true },
      group: { column: 't.group', filter: 'eq', sort: true },
      ruleId: { column: 't.rule_id', filter: 'eq', sort: true },
      path: { column: 't.path' },
      text: { column: 't.text', filter: 'like' },
      suggestion: { column: 't.suggestion', filter: 'like' },
      updatedAt: { column: 't.updated_at', sort: true },
    },
    defaultSort: ['code', 'asc'],
    readRole: 'specialist',
    writeRole: 'supervisor',
    allowDelete: true,
    toColumns(body) {
      const errors: Record<string, string> = {};
      const columns = {
        code: textField(body, 'code', errors, { required: true, max: 100 }),
        group: textField(body, 'group', errors, { required: true, max: 50 }),
        rule_id: knownRuleId(textField(body, 'ruleId', errors, { max: 100 }), errors),
        path: textField(body, 'path', errors, { max: 200 }),
        text: textField(body, 'text', errors, { required: true }),
        suggestion: textField(body, 'suggestion', errors, { required: true }),
        updated_at: new Date(),
      };
      throwIfErrors(errors, 'The reason template is incomplete.');
      return columns;
    },
  });
}

export function referenceDataRouter(db: Knex): Router {
  return tableResource(db, {
    name: 'reference-data',
    table: 'reference_data',
    afterWrite: invalidateReferenceData,
    fields: {
      kind: { column: 't.kind', filter: 'eq', sort: true },
      value: { column: 't.value', filter: 'like', sort: true },
      provinceCode: { column: 't.province_code', filter: 'eq', sort: true },
      appliesTo: { column: 't.applies_to', filter: 'eq' },
      minimumAge: { column: 't.minimum_age' },
      effectiveFrom: { column: 't.effective_from', sort: true },
      source: { column: 't.source', filter: 'like' },
      updatedAt: { column: 't.updated_at', sort: true },
    },
    defaultSort: ['kind', 'asc'],
    readRole: 'supervisor',
    writeRole: 'admin',
    allowDelete: true,
    present: (row) => ({
      id: row.id,
      kind: row.kind,
      value: row.value,
      // Six digits, as the console's province picker lists provinces; stored as two.
      provinceCode: row.province_code && /^\d{2}$/.test(row.province_code) ? `${row.province_code}0000` : row.province_code,
      appliesTo: row.applies_to,
      minimumAge: row.minimum_age,
      effectiveFrom: row.effective_from instanceof Date ? row.effective_from.toISOString().slice(0, 10) : row.effective_from,
      source: row.source,
      updatedAt: row.updated_at,
    }),
    async toColumns(body, creating, req) {
      const errors: Record<string, string> = {};
      const kind = textField(body, 'kind', errors, { required: true });
      if (kind && !(REFERENCE_KINDS as readonly string[]).includes(kind)) errors.kind = `must be one of ${REFERENCE_KINDS.join(', ')}`;
      const effectiveFrom = textField(body, 'effectiveFrom', errors, { required: true, max: 10 });
      if (effectiveFrom && !isCalendarDate(effectiveFrom)) errors.effectiveFrom = 'must be a real date YYYY-MM-DD';
      const minimumAge = body.minimumAge === undefined || body.minimumAge === null || body.minimumAge === '' ? null : Number(body.minimumAge);
      if (kind === 'minimum_age' && (minimumAge === null || !Number.isInteger(minimumAge) || minimumAge < 0 || minimumAge > 99)) {
        errors.minimumAge = 'must be a whole number of years for a minimum_age row';
      }
      const appliesTo = textField(body, 'appliesTo', errors, { max: 20 });
      if (kind === 'minimum_age' && appliesTo !== 'unit' && appliesTo !== 'individual') errors.appliesTo = 'must be unit or individual';
      // The rules key minimum ages by the province's two digits; the console's picker sends six.
      let provinceCode = textField(body, 'provinceCode', errors, { max: 6 });
      if (provinceCode && /^\d{2}0000$/.test(provinceCode)) provinceCode = provinceCode.slice(0, 2);
      if (provinceCode && !/^\d{2}$/.test(provinceCode)) errors.provinceCode = 'must be a province code such as 35 or 350000';
      if (kind === 'minimum_age' && !provinceCode) errors.provinceCode = 'is required for a minimum_age row';
      let value = textField(body, 'value', errors, { required: true, max: 200 });
      if (value && kind) value = referenceValue(kind, value, errors);
      const columns = {
        kind,
        value,
        province_code: provinceCode,
        applies_to: appliesTo,
        minimum_age: minimumAge,
        effective_from: effectiveFrom,
        source: textField(body, 'source', errors, { required: true, max: 500 }),
        updated_at: new Date(),
      };
      throwIfErrors(errors, 'The reference row is invalid.');
      const duplicate = db('reference_data').where({
        kind,
        value,
        province_code: provinceCode,
        applies_to: appliesTo,
        effective_from: effectiveFrom,
      });
      if (!creating) duplicate.whereNot({ id: String(req.params.id) });
      if (await duplicate.first('id')) {
        throw new InputError('The reference row is invalid.', { value: 'already exists with the same kind, province and effective date' });
      }
      return columns;
    },
  });
}

/**
 * Checks and normalises a reference value of `kind`. A provider IP range
 * becomes a CIDR (a bare address gets /32 or /128) no wider than /8 or /16,
 * so a typo cannot switch the rule off. A TLD becomes a lower-case suffix.
 */
function referenceValue(kind: string, value: string, errors: Record<string, string>): string {
  if (kind === 'provider_ip_range') {
    const cidr = value.includes('/') ? value : `${value}/${ipaddr.IPv4.isValidFourPartDecimal(value) ? 32 : 128}`;
    if (!ipaddr.isValidCIDR(cidr)) {
      errors.value = 'must be an IP range such as 203.0.113.0/24 or 2001:db8:35::/48';
      return value;
    }
    const [address, prefix] = ipaddr.parseCIDR(cidr);
    if (prefix < (address.kind() === 'ipv4' ? 8 : 16)) {
      errors.value = 'is wider than /8 (IPv4) or /16 (IPv6): name the provider\'s own ranges';
    }
    return `${address.toString()}/${prefix}`;
  }
  if (kind === 'approved_tld') {
    const suffix = value.toLowerCase().replace(/^\./, '');
    if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*$/u.test(suffix)) {
      errors.value = 'must be a domain suffix such as com, com.cn or 中国';
    }
    return suffix;
  }
  return value;
}

export function auditEventRouter(db: Knex): Router {
  return tableResource(db, {
    name: 'audit-events',
    table: 'audit_events',
    baseQuery: (k) =>
      k('audit_events as t')
        .leftJoin('users as u', 'u.id', 't.actor_id')
        .leftJoin('submissions as s', 's.id', 't.submission_id')
        .select('t.*', 'u.display_name as actor_name', 's.reference'),
    fields: {
      submissionId: { column: 't.submission_id', filter: 'eq' },
      actorId: { column: 't.actor_id', filter: 'eq' },
      action: { column: 't.action', filter: 'eq', sort: true },
      fromStatus: { column: 't.from_status', filter: 'eq' },
      toStatus: { column: 't.to_status', filter: 'eq' },
      createdAt: { column: 't.created_at', sort: true },
      reference: { column: 's.reference', filter: 'like' },
    },
    extraFilters: {
      createdAt_gte: (q, v) => void q.where('t.created_at', '>=', new Date(String(v))),
      createdAt_lte: (q, v) => void q.where('t.created_at', '<=', new Date(String(v))),
    },
    defaultSort: ['createdAt', 'desc'],
    readRole: 'supervisor',
    present: (row) => ({
      id: row.id,
      submissionId: row.submission_id,
      reference: row.reference ?? null,
      actorId: row.actor_id,
      actorName: row.actor_name ?? row.actor_label ?? null,
      action: row.action,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      detail: row.detail,
      createdAt: row.created_at,
    }),
  });
}

export function emailRouter(db: Knex): Router {
  const router = Router();
  router.post('/:id/resend', requireRole('supervisor'), async (req, res) => {
    const id = String(req.params.id);
    const found = isUuid(id)
      ? await db('emails as e').leftJoin('submissions as s', 's.id', 'e.submission_id').where('e.id', id).first('e.status', 's.status as submission_status')
      : undefined;
    if (!found) throw new NotFoundError(`No email with id ${id}.`);
    if (!(await requeueEmail(db, id))) {
      throw new ConflictError(
        found.submission_status === 'withdrawn'
          ? 'The application was withdrawn, so its emails are not resent.'
          : `Only a failed email can be resent; this one is ${found.status}.`,
      );
    }
    await recordAudit(db, { actorId: req.user!.id, action: 'email.resend', detail: { emailId: String(req.params.id) } });
    req.log.info({ emailId: String(req.params.id) }, 'email requeued');
    res.json(presentEmail(await db('emails as t').leftJoin('submissions as s', 's.id', 't.submission_id').where('t.id', String(req.params.id)).first('t.*', 's.reference'), true));
  });
  const resource = tableResource(db, {
    name: 'emails',
    table: 'emails',
    baseQuery: (k) => k('emails as t').leftJoin('submissions as s', 's.id', 't.submission_id').select('t.*', 's.reference'),
    fields: {
      submissionId: { column: 't.submission_id', filter: 'eq' },
      kind: { column: 't.kind', filter: 'eq', sort: true },
      to: { column: 't.to_address', filter: 'like', sort: true },
      subject: { column: 't.subject', filter: 'like' },
      status: { column: 't.status', filter: 'eq', sort: true },
      attempts: { column: 't.attempts', sort: true },
      sentAt: { column: 't.sent_at', sort: true },
      createdAt: { column: 't.created_at', sort: true },
      reference: { column: 's.reference', filter: 'like' },
    },
    defaultSort: ['createdAt', 'desc'],
    readRole: 'specialist',
    present: (row) => presentEmail(row, false),
  });
  router.get('/:id', async (req, res, next) => {
    const row = await db('emails as t').leftJoin('submissions as s', 's.id', 't.submission_id').where('t.id', String(req.params.id)).first('t.*', 's.reference');
    if (!row) return next(new NotFoundError(`No email with id ${String(req.params.id)}.`));
    res.json(presentEmail(row, true));
  });
  router.use(resource);
  return router;
}

function presentEmail(row: Record<string, any>, withBody: boolean) {
  return {
    id: row.id,
    submissionId: row.submission_id,
    reference: row.reference ?? null,
    kind: row.kind,
    to: row.to_address,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    messageId: row.message_id,
    ...(withBody ? { text: row.text_body, html: row.html_body } : {}),
  };
}

export function commentRouter(db: Knex): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const body = req.body ?? {};
    const errors: Record<string, string> = {};
    const submissionId = textField(body, 'submissionId', errors, { required: true, max: 36 });
    const text = textField(body, 'body', errors, { required: true, max: 4000 });
    const path = textField(body, 'path', errors, { max: 200 });
    throwIfErrors(errors, 'The comment is incomplete.');
    const submission = isUuid(submissionId) ? await db('submissions').where({ id: submissionId }).first('id', 'revision') : undefined;
    if (!submission) throw new InputError('No such submission.', { submissionId: 'must be the id of a submission' });
    await checkFieldPathsOfRevision(db, submission, [['path', path ?? undefined]], errors);
    throwIfErrors(errors, 'The comment points at a field that this application does not have.');
    const [row] = await db('comments')
      .insert({ submission_id: submission.id, revision: submission.revision, path, body: text, author_id: req.user!.id })
      .returning('*');
    await recordAudit(db, { submissionId: submission.id, actorId: req.user!.id, action: 'comment', detail: { path } });
    res.status(201).json(presentComment({ ...row, author_name: req.user!.displayName }));
  });
  router.use(
    tableResource(db, {
      name: 'comments',
      table: 'comments',
      baseQuery: (k) => k('comments as t').leftJoin('users as u', 'u.id', 't.author_id').select('t.*', 'u.display_name as author_name'),
      fields: {
        submissionId: { column: 't.submission_id', filter: 'eq' },
        revision: { column: 't.revision', filter: 'eq', sort: true },
        path: { column: 't.path', filter: 'eq', sort: true },
        body: { column: 't.body', filter: 'like' },
        authorId: { column: 't.author_id', filter: 'eq' },
        createdAt: { column: 't.created_at', sort: true },
      },
      defaultSort: ['createdAt', 'asc'],
      readRole: 'specialist',
      present: presentComment,
    }),
  );
  return router;
}

function presentComment(row: Record<string, any>) {
  return {
    id: row.id,
    submissionId: row.submission_id,
    revision: row.revision,
    path: row.path,
    body: row.body,
    authorId: row.author_id,
    authorName: row.author_name ?? null,
    createdAt: row.created_at,
  };
}

export function userRouter(db: Knex): Router {
  return tableResource(db, {
    name: 'users',
    table: 'users',
    fields: {
      username: { column: 't.username', filter: 'like', sort: true },
      displayName: { column: 't.display_name', filter: 'like', sort: true },
      role: { column: 't.role', filter: 'eq', sort: true },
      active: { column: 't.active', filter: 'eq' },
      createdAt: { column: 't.created_at', sort: true },
    },
    defaultSort: ['username', 'asc'],
    readRole: 'specialist',
    writeRole: 'admin',
    present: (row) => ({ id: row.id, username: row.username, displayName: row.display_name, role: row.role, active: row.active, createdAt: row.created_at, updatedAt: row.updated_at }),
    async toColumns(body, creating, req) {
      const errors: Record<string, string> = {};
      const username = textField(body, 'username', errors, { required: creating, max: 64 });
      if (username && !/^[a-z0-9_.-]{2,64}$/i.test(username)) errors.username = 'may contain letters, digits, _ . - (2 to 64)';
      const role = textField(body, 'role', errors, { required: creating, max: 20 });
      if (role && !ROLES.includes(role)) errors.role = `must be one of ${ROLES.join(', ')}`;
      const password = textField(body, 'password', errors, { required: creating, max: 200, raw: true });
      if (password && password.length < 10) errors.password = 'must be at least 10 characters';
      const columns: Record<string, unknown> = { updated_at: new Date() };
      if (username) columns.username = username;
      if (role) columns.role = role;
      const displayName = textField(body, 'displayName', errors, { required: creating, max: 100 });
      if (displayName) columns.display_name = displayName;
      if (typeof body.active === 'boolean') columns.active = body.active;
      throwIfErrors(errors, 'The user is invalid.');
      if (!creating) keepAnAdmin(String(req.params.id), req.user!.id, columns);
      if (password) columns.password_hash = await hashPassword(password);
      // A new password or a deactivation ends the user's sessions, so an old cookie stops working.
      if (!creating && (password || columns.active === false)) {
        await db('sessions').where({ user_id: String(req.params.id) }).delete();
      }
      // Specialist and specialist would be two accounts that people cannot tell apart.
      if (username) {
        const sameUsername = db('users').whereRaw('lower(username) = lower(?)', [username]);
        if (!creating) sameUsername.whereNot({ id: String(req.params.id) });
        if (await sameUsername.first('id')) {
          throw new InputError('That username is taken.', { username: 'is already used by another account' });
        }
      }
      return columns;
    },
  });
}

/**
 * Rejects an update that would deactivate or demote the caller's own
 * account. Only an active admin edits users, so with this rule at least one
 * active admin always remains.
 */
function keepAnAdmin(targetId: string, callerId: string, columns: Record<string, unknown>): void {
  const demotes = columns.active === false || (columns.role !== undefined && columns.role !== 'admin');
  if (demotes && targetId === callerId) {
    throw new InputError('You cannot deactivate or demote your own account; ask another admin.', {
      [columns.active === false ? 'active' : 'role']: 'cannot be changed on your own account',
    });
  }
}

export function intakeKeyRouter(db: Knex): Router {
  const router = Router();
  router.use(requireRole('admin'));
  router.post('/', async (req, res) => {
    const errors: Record<string, string> = {};
    const name = textField(req.body ?? {}, 'name', errors, { required: true, max: 100 });
    throwIfErrors(errors, 'Name the key after the system that uses it.');
    const key = `icp_${crypto.randomBytes(24).toString('base64url')}`;
    const [row] = await db('intake_keys').insert({ name, key_hash: hashIntakeKey(key), created_by: req.user!.id }).returning('*');
    await recordAudit(db, { actorId: req.user!.id, action: 'intake-keys.create', detail: { id: row.id, name } });
    // The key is shown once; only its hash is stored.
    res.status(201).json({ ...presentKey(row), key });
  });
  router.delete('/:id', async (req, res) => {
    const [row] = await db('intake_keys').where({ id: String(req.params.id) }).update({ revoked_at: db.fn.now() }).returning('*');
    if (!row) throw new NotFoundError(`No intake key with id ${String(req.params.id)}.`);
    await recordAudit(db, { actorId: req.user!.id, action: 'intake-keys.revoke', detail: { id: row.id } });
    res.json(presentKey(row));
  });
  router.use(
    tableResource(db, {
      name: 'intake-keys',
      table: 'intake_keys',
      fields: {
        name: { column: 't.name', filter: 'like', sort: true },
        createdAt: { column: 't.created_at', sort: true },
        lastUsedAt: { column: 't.last_used_at', sort: true },
        revokedAt: { column: 't.revoked_at' },
      },
      defaultSort: ['createdAt', 'desc'],
      readRole: 'admin',
      present: presentKey,
    }),
  );
  return router;
}

function presentKey(row: Record<string, any>) {
  return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}

/** Serves the approved filings on record, searchable by filing number, domain and entity. */
export function filingRouter(db: Knex): Router {
  return tableResource(db, {
    name: 'filings',
    table: 'filed_websites',
    baseQuery: (k) => k('filed_websites as t').join('submissions as s', 's.id', 't.submission_id').select('t.*', 's.reference', 's.province'),
    fields: {
      submissionId: { column: 't.submission_id', filter: 'eq' },
      entityName: { column: 't.entity_name', filter: 'like', sort: true },
      entityFilingNumber: { column: 't.entity_filing_number', filter: 'like', sort: true },
      domain: { column: 't.domain', filter: 'like', sort: true },
      name: { column: 't.name', filter: 'like', sort: true },
      filingNumber: { column: 't.filing_number', filter: 'like', sort: true },
      approvedAt: { column: 't.approved_at', sort: true },
    },
    defaultSort: ['approvedAt', 'desc'],
    readRole: 'specialist',
    present: (row) => ({
      id: row.id,
      submissionId: row.submission_id,
      reference: row.reference,
      province: row.province,
      entityName: row.entity_name,
      entityFilingNumber: row.entity_filing_number,
      domain: row.domain,
      name: row.name,
      filingNumber: row.filing_number,
      principalName: row.principal_name,
      approvedAt: row.approved_at,
    }),
  });
}
