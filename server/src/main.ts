import type { Server } from 'node:http';
import { createApp } from './app';
import { loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { logger } from './logger';
import { seedBaseData } from '../../db/seeds/base';
import { seedDemoData } from '../../db/seeds/demo';
import { startJobs } from './jobs';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  logger.info({ embedded: database.embedded, dataDir: config.dataDir }, 'database connected');

  const applied = await migrateToLatest(database.knex);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  await seedBaseData(database.knex);
  if (config.demoData) await seedDemoData(database.knex, config);

  const jobs = config.runJobs ? startJobs(database.knex, config) : undefined;
  const app = createApp({ db: database.knex, config });
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ url: `http://${config.host}:${port}/` }, 'console listening');
  });

  server.on('error', (error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? `: port ${config.port} is in use, set PORT to a free one` : '';
    logger.fatal({ err: error }, `cannot listen on ${config.host}:${config.port}${hint}`);
    process.exit(1);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    server.close();
    await jobs?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  logger.fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
