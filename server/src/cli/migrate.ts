/** Applies the pending migrations (`npm run migrate`), or rolls all back with `-- --down`. */
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { migrateToLatest, migrationSource } from '../db/migrations';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (process.argv.includes('--down')) {
      const [, names] = await database.knex.migrate.rollback({ migrationSource }, true);
      process.stdout.write(`rolled back: ${names.join(', ') || 'nothing'}\n`);
    } else {
      const names = await migrateToLatest(database.knex);
      process.stdout.write(`applied: ${names.join(', ') || 'nothing, already at the latest'}\n`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`migrate failed: ${(error as Error).message}\n`);
  process.exit(1);
});
