import type { Knex } from 'knex';

/**
 * The cross-submission lookups of the rules as one PL/pgSQL function.
 * Planning the four subqueries took about 3 ms per call as plain SQL (more
 * than running them); a function's statements are planned once per
 * connection and then reused.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION other_submissions_view(
      p_certificate text, p_domains text[], p_mobiles text[],
      p_exclude uuid, p_external_id text, p_open text[]
    ) RETURNS json LANGUAGE plpgsql STABLE AS $$
    BEGIN
      RETURN json_build_object(
        'same_entity', (
          SELECT coalesce(json_agg(json_build_object('id', s.id, 'reference', s.reference, 'status', s.status)), '[]')
            FROM submissions s
           WHERE p_certificate <> '' AND s.certificate_number = p_certificate AND s.status = ANY(p_open)
             AND s.id <> p_exclude AND s.external_id <> p_external_id),
        'same_domains', (
          SELECT coalesce(json_agg(DISTINCT jsonb_build_object('domain', w.domain, 'id', s.id,
                   'reference', s.reference, 'status', s.status)), '[]')
            FROM revision_websites w
            JOIN submissions s ON s.id = w.submission_id
            JOIN revisions r ON r.id = w.revision_id AND r.number = s.revision
           WHERE w.domain = ANY(p_domains) AND s.status = ANY(p_open)
             AND s.id <> p_exclude AND s.external_id <> p_external_id),
        'same_mobiles', (
          SELECT coalesce(json_agg(DISTINCT jsonb_build_object('mobile', p.mobile, 'id', s.id,
                   'reference', s.reference, 'status', s.status, 'certificate_number', s.certificate_number)), '[]')
            FROM revision_people p
            JOIN submissions s ON s.id = p.submission_id
            JOIN revisions r ON r.id = p.revision_id AND r.number = s.revision
           WHERE p.mobile = ANY(p_mobiles) AND p.role IN ('entity_principal', 'website_principal')
             AND s.certificate_number <> p_certificate AND s.status <> 'withdrawn'
             AND s.id <> p_exclude AND s.external_id <> p_external_id),
        'approved', (
          SELECT coalesce(json_agg(f ORDER BY f.id), '[]')
            FROM filed_websites f
           WHERE p_certificate <> '' AND f.certificate_number = p_certificate AND f.submission_id <> p_exclude)
      );
    END
    $$`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP FUNCTION IF EXISTS other_submissions_view(text, text[], text[], uuid, text, text[])');
}
