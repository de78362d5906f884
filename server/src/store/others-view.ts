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
 * current revision of each stored submission. The submission being judged
 * is left out: by `excludeSubmissionId` on a resubmission, and by the
 * application's `externalId` (a dry run of a stored application).
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

  // One round trip for the four lookups: a dry run's cost is mostly database latency.
  const { rows } = await db.raw(
    `SELECT
       (SELECT coalesce(json_agg(json_build_object('id', s.id, 'reference', s.reference, 'status', s.status)), '[]')
          FROM submissions s
         WHERE :certificate <> '' AND s.certificate_number = :certificate AND s.status = ANY(:open) AND s.id <> :exclude AND s.external_id <> :externalId) AS same_entity,
       (SELECT coalesce(json_agg(DISTINCT jsonb_build_object('domain', w.domain, 'id', s.id, 'reference', s.reference, 'status', s.status)), '[]')
          FROM revision_websites w
          JOIN submissions s ON s.id = w.submission_id
          JOIN revisions r ON r.id = w.revision_id AND r.number = s.revision
         WHERE w.domain = ANY(:domains) AND s.status = ANY(:open) AND s.id <> :exclude AND s.external_id <> :externalId) AS same_domains,
       (SELECT coalesce(json_agg(DISTINCT jsonb_build_object('mobile', p.mobile, 'id', s.id, 'reference', s.reference,
                 'status', s.status, 'certificate_number', s.certificate_number)), '[]')
          FROM revision_people p
          JOIN submissions s ON s.id = p.submission_id
          JOIN revisions r ON r.id = p.revision_id AND r.number = s.revision
         WHERE p.mobile = ANY(:mobiles) AND p.role IN ('entity_principal', 'website_principal')
           AND s.certificate_number <> :certificate AND s.status <> 'withdrawn' AND s.id <> :exclude AND s.external_id <> :externalId) AS same_mobiles,
       (SELECT coalesce(json_agg(f ORDER BY f.id), '[]')
          FROM filed_websites f
         WHERE :certificate <> '' AND f.certificate_number = :certificate AND f.submission_id <> :exclude) AS approved`,
    { certificate: certificate ?? '', open: [...OPEN_STATUSES], exclude, externalId: app.externalId, domains, mobiles },
  );
  const { same_entity: sameEntity, same_domains: sameDomains, same_mobiles: sameMobiles, approved } = rows[0];

  const ref = (row: { id: string; reference: string; status: string }): OtherSubmissionRef => ({
    submissionId: row.id,
    reference: row.reference,
    status: row.status,
  });
  if (certificate && sameEntity.length) view.openByCertificateNumber.set(certificate, sameEntity.map(ref));
  for (const row of sameDomains as any[]) push(view.openByDomain, row.domain, ref(row));
  for (const row of sameMobiles as any[]) {
    push(view.principalMobiles, row.mobile, { ...ref(row), certificateNumber: row.certificate_number });
  }
  for (const row of approved as any[]) {
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
