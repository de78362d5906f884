import type { Knex } from 'knex';

/**
 * The review workflow: comments, overrides of error findings, the audit
 * trail, the customer-email outbox, rejection-reason templates, reference
 * data for the rules, and MIIT's answers.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('comments', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    t.integer('revision').notNullable();
    t.text('path');
    t.text('body').notNullable();
    t.uuid('author_id').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['submission_id', 'created_at']);
  });

  await knex.schema.createTable('overrides', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    t.integer('revision').notNullable();
    t.text('rule_id').notNullable();
    t.text('path').notNullable();
    t.text('justification').notNullable();
    t.uuid('user_id').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['submission_id']);
  });

  await knex.schema.createTable('rejections', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    t.integer('revision').notNullable();
    // rejected (by a specialist), miit_rejected or sms_expired
    t.text('kind').notNullable();
    t.jsonb('reasons').notNullable();
    t.uuid('user_id').references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['submission_id', 'created_at']);
  });

  await knex.schema.createTable('audit_events', (t) => {
    t.bigIncrements('id');
    t.uuid('submission_id').references('submissions.id').onDelete('CASCADE');
    t.uuid('actor_id').references('users.id');
    // what acted when no user did: intake, the SMS clock, a MIIT import
    t.text('actor_label');
    t.text('action').notNullable();
    t.text('from_status');
    t.text('to_status');
    t.jsonb('detail').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['submission_id', 'created_at']);
    t.index(['created_at']);
    t.index(['action', 'created_at']);
  });

  await knex.schema.createTable('emails', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('submission_id').references('submissions.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    // One email per event: a retried transaction or worker cannot add a second.
    t.text('event_key').notNullable().unique();
    t.text('message_id').notNullable().unique();
    t.text('to_address').notNullable();
    t.text('subject').notNullable();
    t.text('text_body').notNullable();
    t.text('html_body').notNullable();
    t.text('status').notNullable().defaultTo('queued');
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
    t.timestamp('next_attempt_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('locked_until', { useTz: true });
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['status', 'next_attempt_at']);
    t.index(['submission_id']);
  });

  await knex.schema.createTable('reason_templates', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('code').notNullable().unique();
    t.text('group').notNullable();
    t.text('rule_id');
    t.text('path');
    t.text('text').notNullable();
    t.text('suggestion').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['rule_id']);
  });

  await knex.schema.createTable('reference_data', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('kind').notNullable();
    t.text('value').notNullable();
    t.text('province_code');
    t.text('applies_to');
    t.integer('minimum_age');
    t.date('effective_from').notNullable();
    t.text('source').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['kind']);
  });

  await knex.schema.createTable('miit_events', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    t.text('event').notNullable();
    t.jsonb('filing_numbers');
    t.text('reason');
    t.timestamp('occurred_at', { useTz: true }).notNullable();
    t.uuid('recorded_by').references('users.id');
    // console, import or clock
    t.text('source').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['submission_id']);
  });

  await knex.schema.createTable('filed_websites', (t) => {
    t.bigIncrements('id');
    t.uuid('submission_id').notNullable().references('submissions.id').onDelete('CASCADE');
    t.text('certificate_number').notNullable();
    t.text('entity_name').notNullable();
    t.text('entity_filing_number').notNullable();
    t.text('domain').notNullable();
    t.text('name').notNullable();
    t.text('filing_number');
    t.text('principal_id_number').notNullable();
    t.text('principal_name').notNullable();
    t.timestamp('approved_at', { useTz: true }).notNullable();
    t.index(['certificate_number']);
    t.index(['domain']);
    t.index(['filing_number']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'filed_websites',
    'miit_events',
    'reference_data',
    'reason_templates',
    'emails',
    'audit_events',
    'rejections',
    'overrides',
    'comments',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
