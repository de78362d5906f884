import type { Knex } from 'knex';

/**
 * Accounts, sessions and intake keys; submissions with their revisions, the
 * revisions' people and websites in searchable columns, materials with their
 * bytes, and findings.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('username').notNullable().unique();
    t.text('display_name').notNullable();
    t.text('role').notNullable();
    t.text('password_hash').notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(
    "ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('specialist', 'supervisor', 'admin'))",
  );

  await knex.schema.createTable('sessions', (t) => {
    // SHA-256 of the cookie's token: a leaked table does not yield sessions.
    t.text('token_hash').primary();
    t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('xsrf_token').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['user_id']);
    t.index(['expires_at']);
  });

  await knex.schema.createTable('intake_keys', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('name').notNullable();
    t.text('key_hash').notNullable().unique();
    t.uuid('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_used_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
  });

  await knex.raw('CREATE SEQUENCE submission_reference_seq START 1000');

  await knex.schema.createTable('submissions', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('external_id').notNullable().unique();
    t.text('reference').notNullable().unique();
    t.text('type').notNullable();
    t.text('status').notNullable();
    t.integer('revision').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.uuid('assignee_id').references('users.id').onDelete('SET NULL');
    t.text('entity_name').notNullable();
    t.text('entity_nature').notNullable();
    t.text('certificate_number').notNullable();
    t.text('province').notNullable();
    t.text('applicant_email').notNullable();
    t.timestamp('submitted_at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.integer('error_count').notNullable().defaultTo(0);
    t.integer('warning_count').notNullable().defaultTo(0);
    t.timestamp('forwarded_at', { useTz: true });
    t.timestamp('sms_deadline', { useTz: true });
    t.timestamp('sms_verified_at', { useTz: true });
    t.timestamp('decided_at', { useTz: true });
    t.jsonb('filing_numbers');
    // The clock that applies in the current status (first_review, sms or
    // miit_review), when it ends and from when it counts as due soon; set on
    // every transition so that the overdue and due-soon filters are SQL.
    t.text('clock_kind');
    t.timestamp('clock_due_at', { useTz: true });
    t.timestamp('clock_due_soon_at', { useTz: true });
    // Lower-cased reference, entity name, domains and person names for `q`.
    t.text('search_text').notNullable().defaultTo('');
    t.index(['status', 'submitted_at']);
    t.index(['assignee_id', 'status']);
    t.index(['certificate_number']);
    t.index(['province']);
    t.index(['type']);
    t.index(['sms_deadline']);
    t.index(['clock_due_at']);
  });
  await knex.raw(`ALTER TABLE submissions ADD CONSTRAINT submissions_status_check CHECK (status IN (
    'pending_review', 'in_review', 'rejected', 'sms_pending', 'miit_review',
    'approved', 'miit_rejected', 'sms_expired', 'withdrawn'))`);

  await knex.schema.createTable('revisions', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    t.integer('number').notNullable();
    // The application exactly as received, for display and for the diff.
    t.jsonb('payload').notNullable();
    t.jsonb('normalised').notNullable();
    // SHA-256 over the payload and the material bytes: same content, same hash.
    t.text('content_hash').notNullable();
    t.timestamp('submitted_at', { useTz: true }).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.specificType('passed_rules', 'text[]').notNullable().defaultTo('{}');
    t.timestamp('checked_at', { useTz: true });
    t.unique(['submission_id', 'number']);
  });

  await knex.schema.createTable('revision_people', (t) => {
    t.bigIncrements('id');
    t.uuid('revision_id').notNullable().references('revisions.id').onDelete('CASCADE');
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    // entity_principal, legal_person or website_principal
    t.text('role').notNullable();
    t.integer('website_index');
    t.text('path').notNullable();
    t.text('name').notNullable();
    t.text('id_type').notNullable();
    t.text('id_number').notNullable();
    t.text('mobile');
    t.text('email');
    t.index(['id_number']);
    t.index(['mobile']);
    t.index(['revision_id']);
  });

  await knex.schema.createTable('revision_websites', (t) => {
    t.bigIncrements('id');
    t.uuid('revision_id').notNullable().references('revisions.id').onDelete('CASCADE');
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    t.integer('website_index').notNullable();
    t.text('status').notNullable();
    t.text('name').notNullable();
    // ASCII (punycode) lower-case form; the display form is in the payload.
    t.text('domain');
    t.text('filing_number');
    t.text('principal_id_number').notNullable();
    t.text('principal_name').notNullable();
    t.index(['domain']);
    t.index(['revision_id']);
    t.index(['filing_number']);
  });

  await knex.schema.createTable('files', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    // Kept in PostgreSQL so that every app instance reads every file and a
    // failed intake rolls back its files with its rows.
    t.binary('content').notNullable();
    t.integer('size').notNullable();
    t.text('sha256').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('materials', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('revision_id').notNullable().references('revisions.id').onDelete('CASCADE');
    t.text('material_id').notNullable();
    t.integer('position').notNullable();
    t.text('kind').notNullable();
    t.integer('website_index');
    t.text('file_name').notNullable();
    t.text('declared_content_type').notNullable();
    t.integer('declared_size').notNullable();
    t.integer('size').notNullable();
    t.text('sniffed_type');
    t.integer('width');
    t.integer('height');
    t.uuid('file_id').notNullable().references('files.id').onDelete('RESTRICT');
    t.unique(['revision_id', 'material_id']);
  });

  await knex.schema.createTable('findings', (t) => {
    t.bigIncrements('id');
    t.uuid('revision_id').notNullable().references('revisions.id').onDelete('CASCADE');
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    t.text('rule').notNullable();
    t.text('severity').notNullable();
    t.text('path').notNullable();
    t.text('message').notNullable();
    t.text('suggestion');
    // intake: computed at intake or on re-run; site: the live-website checks
    t.text('source').notNullable().defaultTo('intake');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['revision_id']);
    t.index(['submission_id', 'rule']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'findings',
    'materials',
    'files',
    'revision_websites',
    'revision_people',
    'revisions',
    'submissions',
    'intake_keys',
    'sessions',
    'users',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('DROP SEQUENCE IF EXISTS submission_reference_seq');
}
