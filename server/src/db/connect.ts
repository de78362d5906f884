import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

// Counts and bigints arrive as strings from pg; ids are UUIDs, and every
// bigint column here (row ids, counts) fits in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface Database {
  knex: Knex;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Connects to `databaseUrl`, or starts the embedded PostgreSQL in
 * `dataDir/pgdata` when it is unset. The embedded one gets a pool of a single
 * connection because PGlite runs one query at a time.
 */
export async function connectDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  poolMax?: number;
}): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedDatabase(path.join(options.dataDir, 'pgdata'));
    url = embedded.url;
  }
  const knex = knexFactory({
    client: 'pg',
    connection: url,
    pool: embedded ? { min: 0, max: 1 } : { min: 0, max: options.poolMax ?? 10 },
    acquireConnectionTimeout: 30000,
  });
  return {
    knex,
    embedded: embedded !== undefined,
    async close() {
      await knex.destroy();
      await embedded?.stop();
    },
  };
}
