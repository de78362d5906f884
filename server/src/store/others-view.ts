import type { Knex } from 'knex';
import type { Application } from '../domain/application';
import type { OtherSubmissionRef, OtherSubmissionsView } from '../domain/rules/types';
import { OPEN_STATUSES } from '../domain/workflow';

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The mobiles of everyone in the application, looked up among other entities' principals. */
function principalMobiles(app: Application): string[] {
  const mobiles = [
    app.entity.principal.mobile,
    app.entity.legalPerson?.mobile ?? '',
    ...app.websites.map((w) => w.principal.mobile),
  ];
  return [...new Set(mobiles.filter((m) => m))];
}

/**
 * Loads what the cross-submission rules compare a normalised application
 * with: open submissions of the same entity or domains, principals' mobiles
 * used by other entities, and the entity's approved websites. Reads only the
 * current revision of each stored submission; `excludeSubmissionId` is the
 * submission being judged, on a resubmission.
 */
export async function loadOtherSubmissionsView(
  db: Knex,
  app: Application,
  excludeSubmissionId?: string,
): Promise<OtherSubmissionsView> {
  const view: OtherSubmissionsView = {
    openByCertificateNumber: new Map(),
    openByDomain: new Map(),
    principalMobiles: new Map(),
    approvedWebsitesByCertificateNumber: new Map(),
  };
  const exclude = excludeSubmissionId ?? '00000000-0000-0000-0000-000000000000';
  const certificate = app.entity.certificateNumber;
  const domains = [...new Set(app.websites.flatMap((w) => w.domains).filter((d) => d))];
  const mobiles = principalMobiles(app);

  const currentRevision = (alias: string) =>
    `JOIN submissions s ON s.id = ${alias}.submission_id
     JOIN revisions r ON r.id = ${alias}.revision_id AND r.number = s.revision`;

  // One after another: `db` may be a transaction, whose single client must not run two queries at once.
  const sameEntity = await (certificate
      ? db('submissions')
          .select('id', 'reference', 'status')
          .where('certificate_number', certificate)
          .whereIn('status', OPEN_STATUSES as string[])
          .whereNot('id', exclude)
      : []);
  const sameDomains = await (domains.length
      ? db
          .raw(
            `SELECT DISTINCT w.domain, s.id, s.reference, s.status FROM revision_websites w
             ${currentRevision('w')}
             WHERE w.domain = ANY(?) AND s.status = ANY(?) AND s.id <> ?`,
            [domains, [...OPEN_STATUSES], exclude] as any,
          )
          .then((result) => result.rows)
      : []);
  const sameMobiles = await (mobiles.length
      ? db
          .raw(
            `SELECT DISTINCT p.mobile, s.id, s.reference, s.status, s.certificate_number
             FROM revision_people p ${currentRevision('p')}
             WHERE p.mobile = ANY(?) AND p.role IN ('entity_principal', 'website_principal')
               AND s.certificate_number <> ? AND s.status <> 'withdrawn' AND s.id <> ?`,
            [mobiles, certificate, exclude] as any,
          )
          .then((result) => result.rows)
      : []);
  const approved = await (certificate
      ? db('filed_websites')
          .select('*')
          .where('certificate_number', certificate)
          .whereNot('submission_id', exclude)
          .orderBy('id')
      : []);

  const ref = (row: { id: string; reference: string; status: string }): OtherSubmissionRef => ({
    submissionId: row.id,
    reference: row.reference,
    status: row.status,
  });
  if (sameEntity.length) view.openByCertificateNumber.set(certificate, sameEntity.map(ref));
  for (const row of sameDomains) push(view.openByDomain, row.domain, ref(row));
  for (const row of sameMobiles) {
    push(view.principalMobiles, row.mobile, { ...ref(row), certificateNumber: row.certificate_number });
  }
  for (const row of approved) {
    push(view.approvedWebsitesByCertificateNumber, certificate, {
      reference: row.entity_filing_number,
      domain: row.domain,
      name: row.name,
      filingNumber: row.filing_number,
      principalIdNumber: row.principal_id_number,
      principalName: row.principal_name,
    });
  }
  return view;
}
