import type { Knex } from 'knex';
import type { Application } from '../domain/application';
import type { OtherSubmissionRef, OtherSubmissionsView } from '../domain/rules/types';
import { OPEN_STATUSES } from '../domain/workflow';

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Collects the mobiles of everyone in the application, to look up among other entities' principals. */
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

  // One round trip to a function whose query plans PostgreSQL keeps per connection.
  const { rows } = await db.raw('SELECT other_submissions_view(?, ?, ?, ?, ?, ?) AS view', [
    certificate ?? '',
    domains,
    mobiles,
    exclude,
    app.externalId,
    [...OPEN_STATUSES],
  ] as any);
  const { same_entity: sameEntity, same_domains: sameDomains, same_mobiles: sameMobiles, approved } = rows[0].view;

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
