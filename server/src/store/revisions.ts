import type { Knex } from 'knex';
import type { Application, UploadedFileFacts } from '../domain/application';
import type { Finding } from '../domain/rules/types';

export interface StoredFile {
  materialId: string;
  originalName: string;
  bytes: Buffer;
  sha256: string;
  facts: UploadedFileFacts;
}

/** People of a normalised application, in the rules' order, as table rows. */
function peopleRows(app: Application) {
  const rows = [
    { role: 'entity_principal', website_index: null, path: 'entity.principal', person: app.entity.principal },
  ];
  if (app.entity.legalPerson) {
    rows.push({ role: 'legal_person', website_index: null, path: 'entity.legalPerson', person: app.entity.legalPerson as any });
  }
  app.websites.forEach((website, index) => {
    rows.push({
      role: 'website_principal',
      website_index: index as any,
      path: `websites[${index}].principal`,
      person: website.principal,
    });
  });
  return rows.map(({ person, ...row }) => ({
    ...row,
    name: person.name,
    id_type: person.idType,
    id_number: person.idNumber,
    mobile: person.mobile || null,
    email: person.email || null,
  }));
}

/**
 * Inserts one revision of a submission: the payload as received, the
 * normalised copy, its people and websites in searchable columns, the
 * material files and the findings. Runs inside the caller's transaction.
 */
export async function insertRevision(
  trx: Knex.Transaction,
  input: {
    submissionId: string;
    number: number;
    payload: Application;
    normalised: Application;
    contentHash: string;
    passed: string[];
    findings: Finding[];
    files: Map<string, StoredFile>;
  },
): Promise<string> {
  const { submissionId, normalised } = input;
  const [{ id: revisionId }] = await trx('revisions')
    .insert({
      submission_id: submissionId,
      number: input.number,
      payload: JSON.stringify(input.payload),
      normalised: JSON.stringify(normalised),
      content_hash: input.contentHash,
      submitted_at: input.payload.submittedAt,
      passed_rules: input.passed,
      checked_at: trx.fn.now(),
    })
    .returning('id');

  await trx('revision_people').insert(
    peopleRows(normalised).map((row) => ({ ...row, revision_id: revisionId, submission_id: submissionId })),
  );
  if (normalised.websites.length > 0) {
    await trx('revision_websites').insert(
      normalised.websites.map((website, index) => ({
        revision_id: revisionId,
        submission_id: submissionId,
        website_index: index,
        status: website.status,
        name: website.name,
        domain: website.domains[0] || null,
        filing_number: website.filingNumber || null,
        principal_id_number: website.principal.idNumber,
        principal_name: website.principal.name,
      })),
    );
  }

  for (const [position, material] of input.payload.materials.entries()) {
    const file = input.files.get(material.id);
    if (!file) throw new Error(`material ${material.id} has no file; intake validation should have caught it`);
    const [{ id: fileId }] = await trx('files')
      .insert({ content: file.bytes, size: file.bytes.length, sha256: file.sha256 })
      .returning('id');
    await trx('materials').insert({
      revision_id: revisionId,
      material_id: material.id,
      position,
      kind: material.kind,
      website_index: material.website ?? null,
      file_name: file.originalName || material.fileName,
      declared_content_type: material.contentType,
      declared_size: material.size,
      size: file.bytes.length,
      sniffed_type: file.facts.sniffedType,
      width: file.facts.width ?? null,
      height: file.facts.height ?? null,
      file_id: fileId,
    });
  }

  await replaceFindings(trx, submissionId, revisionId, input.findings, 'intake');
  return revisionId;
}

/** Replaces the findings of one source on a revision and updates the counts. */
export async function replaceFindings(
  trx: Knex.Transaction,
  submissionId: string,
  revisionId: string,
  findings: Finding[],
  source: 'intake' | 'site',
): Promise<void> {
  await trx('findings').where({ revision_id: revisionId, source }).delete();
  if (findings.length > 0) {
    await trx('findings').insert(
      findings.map((finding) => ({
        revision_id: revisionId,
        submission_id: submissionId,
        rule: finding.rule,
        severity: finding.severity,
        path: finding.path,
        message: finding.message,
        suggestion: finding.suggestion ?? null,
        source,
      })),
    );
  }
  const counts = await trx('findings')
    .where({ revision_id: revisionId })
    .select('severity')
    .count({ count: '*' })
    .groupBy('severity');
  const count = (severity: string) => Number(counts.find((row: any) => row.severity === severity)?.count ?? 0);
  await trx('submissions')
    .where({ id: submissionId })
    .update({ error_count: count('error'), warning_count: count('warning') });
}
