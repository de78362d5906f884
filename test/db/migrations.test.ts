import { migrationSource } from '../../server/src/db/migrations';
import { connectTestDatabase } from '../support/db';

test('migrations go down and up again', async () => {
  const db = connectTestDatabase(1);
  try {
    await db.migrate.rollback({ migrationSource }, true);
    const { rows: empty } = await db.raw(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'knex_migrations%'`,
    );
    expect(empty).toEqual([]);
    const [, applied] = await db.migrate.latest({ migrationSource });
    expect(applied).toEqual(['20261204_01_core', '20261204_02_review', '20261204_03_others_view']);
    const { rows: tables } = await db.raw(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.map((r: { tablename: string }) => r.tablename)).toEqual(
      expect.arrayContaining(['submissions', 'revisions', 'revision_people', 'revision_websites', 'materials', 'files', 'findings', 'users', 'sessions', 'emails', 'audit_events']),
    );
  } finally {
    await db.destroy();
  }
});
