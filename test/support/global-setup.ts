import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { startEmbeddedDatabase } from '../../server/src/db/embedded';
import { migrateToLatest } from '../../server/src/db/migrations';

/**
 * Prepares one PostgreSQL for the whole run: the server in DATABASE_URL when
 * set (CI points it at a fresh database), otherwise an embedded PGlite in a
 * temporary folder. PGlite is started here, once, because creating it inside
 * a test file fails under Jest's module sandbox.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  if (!process.env.DATABASE_URL) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-test-db-'));
    const embedded = await startEmbeddedDatabase(path.join(dir, 'pgdata'), { maxConnections: 8 });
    process.env.DATABASE_URL = embedded.url;
    process.env.TEST_EMBEDDED_DB = '1';
    (globalThis as any).__EMBEDDED_DB__ = { embedded, dir };
  }
  const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 1 } });
  try {
    await migrateToLatest(knex);
  } finally {
    await knex.destroy();
  }
}
