import type { Knex } from 'knex';
import type { Application } from '../domain/application';
import type { Actor } from '../domain/workflow';
import { recordAudit } from '../store/audit';
import { replaceFindings } from '../store/revisions';
import { runChecks } from './checks';
import { lockForAction } from './transition';
import { evaluateSiteRules } from '../domain/rules/site';
import { fetchHomepages, type SiteFetchOptions } from '../jobs/site-check';

async function currentRevision(trx: Knex.Transaction, row: Record<string, any>) {
  return trx('revisions').where({ submission_id: row.id, number: row.revision }).first();
}

async function fileFacts(trx: Knex.Transaction, revisionId: string) {
  const materials = await trx('materials').where({ revision_id: revisionId }).select('material_id', 'size', 'sniffed_type', 'width', 'height');
  return new Map(
    materials.map((m) => [m.material_id, { size: m.size, sniffedType: m.sniffed_type, width: m.width ?? undefined, height: m.height ?? undefined }]),
  );
}

/**
 * Runs the automatic rules again on the current revision (reference data or
 * other submissions may have changed since intake) and replaces its findings.
 */
export async function rerunChecks(db: Knex, id: string, version: unknown, actor: Actor, providerIpRanges?: string[]) {
  await db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'rerun_checks', actor);
    const revision = await currentRevision(trx, row);
    const { result } = await runChecks(trx, revision.payload as Application, {
      dryRun: false,
      files: await fileFacts(trx, revision.id),
      excludeSubmissionId: row.id,
      providerIpRanges,
    });
    await trx('revisions').where({ id: revision.id }).update({ passed_rules: result.passed, checked_at: trx.fn.now() });
    await replaceFindings(trx, row.id, revision.id, result.findings, 'intake');
    await trx('submissions').where({ id: row.id }).update({ version: row.version + 1, updated_at: new Date() });
    await recordAudit(trx, { submissionId: row.id, actorId: actor.id, action: 'rerun_checks', detail: { findings: result.findings.length } });
  });
}

/**
 * Fetches the homepages of the existing websites and stores the `site.*`
 * findings. The fetch happens outside any transaction: it may take seconds.
 */
export async function runSiteCheck(db: Knex, id: string, version: unknown, actor: Actor, fetchOptions?: SiteFetchOptions) {
  const snapshot = await db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, version, 'site_check', actor);
    const revision = await currentRevision(trx, row);
    return { row, revision };
  });
  const normalised = snapshot.revision.normalised as Application;
  const pages = await fetchHomepages(normalised, fetchOptions);
  const { findings } = evaluateSiteRules(normalised, pages);
  await db.transaction(async (trx) => {
    const row = await lockForAction(trx, id, snapshot.row.version, 'site_check', actor);
    await replaceFindings(trx, row.id, snapshot.revision.id, findings, 'site');
    await trx('submissions').where({ id: row.id }).update({ version: row.version + 1, updated_at: new Date() });
    await recordAudit(trx, { submissionId: row.id, actorId: actor.id, action: 'site_check', detail: { findings: findings.map((f) => f.rule) } });
  });
}
