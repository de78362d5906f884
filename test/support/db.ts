import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { seedBaseData } from '../../db/seeds/base';

pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** True when the run uses the embedded PGlite, which runs one query at a time. */
export const onEmbeddedDatabase = process.env.TEST_EMBEDDED_DB === '1';

/** Race tests mean something only on a real server with concurrent connections. */
export const describeOnRealPostgres = onEmbeddedDatabase ? describe.skip : describe;

export function connectTestDatabase(poolMax = 10): Knex {
  return knexFactory({
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 0, max: onEmbeddedDatabase ? 1 : poolMax },
  });
}

/** Empties every table but the migration log, then seeds the base data again. */
export async function resetDatabase(db: Knex): Promise<void> {
  const { rows } = await db.raw(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'knex_migrations%'`,
  );
  const tables = rows.map((row: { tablename: string }) => `"${row.tablename}"`).join(', ');
  if (tables) await db.raw(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
  await seedBaseData(db);
}
