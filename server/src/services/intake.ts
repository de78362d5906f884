import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { canonicalJson } from '../domain/canonical-json';
import type { Application } from '../domain/application';
import type { Finding } from '../domain/rules/types';
import { RESUBMITTABLE_STATUSES, type Status } from '../domain/workflow';
import { ConflictError } from '../http/errors';
import { recordAudit } from '../store/audit';
import { insertRevision, type StoredFile } from '../store/revisions';
import { runChecks } from './checks';
import { clockColumns } from './clock-columns';

export interface IntakeResult {
  created: boolean;
  submission: { id: string; reference: string; status: Status; revision: number };
  findings: Finding[];
}

function contentHash(application: Application, files: Map<string, StoredFile>): string {
  const hash = crypto.createHash('sha256').update(canonicalJson(application));
  for (const id of [...files.keys()].sort()) hash.update(`\n${id}:${files.get(id)!.sha256}`);
  return hash.digest('hex');
}

function searchText(reference: string, app: Application, normalised: Application): string {
  const parts = [
    reference,
    app.entity.name,
    normalised.entity.name,
    app.entity.principal.name,
    app.entity.legalPerson?.name ?? '',
    ...app.websites.flatMap((w) => [w.name, w.principal.name, ...w.domains]),
    ...normalised.websites.flatMap((w) => w.domains),
  ];
  return parts.join(' ').toLowerCase();
}

async function nextReference(trx: Knex.Transaction, receivedAt: Date): Promise<string> {
  const { rows } = await trx.raw("SELECT nextval('submission_reference_seq') AS n");
  return `BA${receivedAt.getUTCFullYear()}-${String(rows[0].n).padStart(6, '0')}`;
}

async function storedFindings(db: Knex, submissionId: string, revision: number): Promise<Finding[]> {
  return db('findings as f')
    .join('revisions as r', 'r.id', 'f.revision_id')
    .where({ 'r.submission_id': submissionId, 'r.number': revision })
    .orderBy('f.id')
    .select('f.rule', 'f.severity', 'f.path', 'f.message', 'f.suggestion')
    .then((rows) => rows.map((row) => ({ ...row, suggestion: row.suggestion ?? undefined })));
}

/**
 * Stores an application handed in by the portal, or recognises it again.
 * A new `externalId` creates a submission, and the same content again
 * returns the stored one. New content while the submission is rejected,
 * miit_rejected or sms_expired adds a revision and puts it back in the
 * queue. Anything else is a conflict. All of it is one transaction, so on
 * any failure no row and no file remains.
 */
export async function ingestApplication(
  db: Knex,
  input: { application: Application; files: Map<string, StoredFile>; providerIpRanges?: string[]; now?: Date },
): Promise<IntakeResult> {
  try {
    return await ingestOnce(db, input);
  } catch (error) {
    // Two first deliveries of one externalId raced; the loser finds the winner's row.
    if ((error as { code?: string }).code === '23505' && /external_id/.test(String((error as any).constraint))) {
      return ingestOnce(db, input);
    }
    throw error;
  }
}

async function ingestOnce(
  db: Knex,
  input: { application: Application; files: Map<string, StoredFile>; providerIpRanges?: string[]; now?: Date },
): Promise<IntakeResult> {
  const { application, files } = input;
  const now = input.now ?? new Date();
  const hash = contentHash(application, files);

  return db.transaction(async (trx) => {
    const existing = await trx('submissions').where({ external_id: application.externalId }).forUpdate().first();
    if (existing) {
      const current = await trx('revisions')
        .where({ submission_id: existing.id, number: existing.revision })
        .first('content_hash');
      const summary = {
        id: existing.id,
        reference: existing.reference,
        status: existing.status,
        revision: existing.revision,
      };
      if (current?.content_hash === hash) {
        return { created: false, submission: summary, findings: await storedFindings(trx, existing.id, existing.revision) };
      }
      if (!RESUBMITTABLE_STATUSES.includes(existing.status)) {
        throw new ConflictError(
          `externalId ${application.externalId} is already stored as ${existing.reference} in status ` +
            `${existing.status} with other content; the portal may resubmit it only while it is ` +
            `rejected, miit_rejected or sms_expired`,
          { reference: existing.reference, status: existing.status },
        );
      }
      return resubmit(trx, existing, input, hash, now);
    }
    return create(trx, input, hash, now);
  });
}

function submissionColumns(app: Application, normalised: Application) {
  return {
    type: app.type,
    entity_name: app.entity.name,
    entity_nature: app.entity.nature,
    certificate_number: normalised.entity.certificateNumber,
    province: app.entity.region.province,
    applicant_email: app.applicant.email.trim(),
    submitted_at: app.submittedAt,
  };
}

async function create(
  trx: Knex.Transaction,
  input: { application: Application; files: Map<string, StoredFile>; providerIpRanges?: string[] },
  hash: string,
  now: Date,
): Promise<IntakeResult> {
  const { application, files } = input;
  const { normalised, result } = await runChecks(trx, application, {
    dryRun: false,
    files: new Map([...files].map(([id, file]) => [id, file.facts])),
    providerIpRanges: input.providerIpRanges,
  });
  const reference = await nextReference(trx, now);
  const [row] = await trx('submissions')
    .insert({
      ...submissionColumns(application, normalised),
      external_id: application.externalId,
      reference,
      status: 'pending_review',
      revision: 1,
      version: 1,
      ...clockColumns({ status: 'pending_review', submittedAt: now }, now),
      received_at: now,
      updated_at: now,
      search_text: searchText(reference, application, normalised),
    })
    .returning(['id', 'reference', 'status', 'revision']);
  await insertRevision(trx, {
    submissionId: row.id,
    number: 1,
    payload: application,
    normalised,
    contentHash: hash,
    passed: result.passed,
    findings: result.findings,
    files,
  });
  await recordAudit(trx, {
    submissionId: row.id,
    actorLabel: 'intake',
    action: 'submitted',
    toStatus: 'pending_review',
    detail: { revision: 1, errors: result.findings.filter((f) => f.severity === 'error').length },
    at: now,
  });
  return { created: true, submission: row, findings: result.findings };
}

async function resubmit(
  trx: Knex.Transaction,
  existing: Record<string, any>,
  input: { application: Application; files: Map<string, StoredFile>; providerIpRanges?: string[] },
  hash: string,
  now: Date,
): Promise<IntakeResult> {
  const { application, files } = input;
  const { normalised, result } = await runChecks(trx, application, {
    dryRun: false,
    files: new Map([...files].map(([id, file]) => [id, file.facts])),
    excludeSubmissionId: existing.id,
    providerIpRanges: input.providerIpRanges,
  });
  const revision = existing.revision + 1;
  await trx('submissions')
    .where({ id: existing.id })
    .update({
      ...submissionColumns(application, normalised),
      status: 'pending_review',
      revision,
      version: existing.version + 1,
      assignee_id: null,
      ...clockColumns({ status: 'pending_review', submittedAt: now }, now),
      received_at: now,
      updated_at: now,
      forwarded_at: null,
      sms_deadline: null,
      sms_verified_at: null,
      search_text: searchText(existing.reference, application, normalised),
    });
  await insertRevision(trx, {
    submissionId: existing.id,
    number: revision,
    payload: application,
    normalised,
    contentHash: hash,
    passed: result.passed,
    findings: result.findings,
    files,
  });
  await recordAudit(trx, {
    submissionId: existing.id,
    actorLabel: 'intake',
    action: 'resubmitted',
    fromStatus: existing.status,
    toStatus: 'pending_review',
    detail: { revision },
    at: now,
  });
  return {
    created: true,
    submission: { id: existing.id, reference: existing.reference, status: 'pending_review', revision },
    findings: result.findings,
  };
}
