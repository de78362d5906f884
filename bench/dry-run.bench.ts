/**
 * Measures POST /api/intake/check over HTTP: the app on one main thread
 * (one core for JavaScript) on the database in DATABASE_URL, or on the
 * embedded PGlite when unset. A worker thread sends a fixed number of dry
 * runs of a two-website application from a fixed number of concurrent
 * keep-alive connections, so the load generator does not share the app's
 * core, and prints the throughput and latency percentiles.
 *
 *   npx tsx bench/dry-run.bench.ts [requests=3000] [concurrency=8]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { connectDatabase } from '../server/src/db/connect';
import { migrateToLatest } from '../server/src/db/migrations';
import { seedBaseData } from '../db/seeds/base';

const REQUESTS = Number(process.argv[2] ?? 3000);
const CONCURRENCY = Number(process.argv[3] ?? 8);
const KEY = 'bench-intake-key';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}


async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-bench-'));
  const config = { ...loadConfig({ ...process.env, DATA_DIR: dataDir }), intakeApiKeys: [KEY], demoData: false, runJobs: false };
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir });
  await migrateToLatest(database.knex);
  await seedBaseData(database.knex);
  const server = createApp({ db: database.knex, config }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/intake/check`;

  const bodyFile = path.join(__dirname, '../test/fixtures/examples/new_website.json');
  const cpuBefore = process.cpuUsage();
  const result = await new Promise<{ seconds: number; latencies: number[] }>((resolve, reject) => {
    const args = [path.join(__dirname, 'load-generator.mjs'), url, bodyFile, String(REQUESTS), String(CONCURRENCY), KEY];
    // LOAD_CPU pins the load generator to one core (taskset), away from the app's.
    const [command, commandArgs] = process.env.LOAD_CPU
      ? ['taskset', ['-c', process.env.LOAD_CPU, process.execPath, ...args]]
      : [process.execPath, args];
    execFile(command, commandArgs, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
  });
  const cpu = process.cpuUsage(cpuBefore);
  const { seconds, latencies } = result;
  latencies.sort((a, b) => a - b);
  const memory = process.memoryUsage();
  console.log(
    JSON.stringify(
      {
        database: database.embedded ? 'embedded PGlite' : 'PostgreSQL (DATABASE_URL)',
        requests: REQUESTS,
        concurrency: CONCURRENCY,
        perSecond: Math.round(REQUESTS / seconds),
        medianMs: Number(percentile(latencies, 50).toFixed(2)),
        p95Ms: Number(percentile(latencies, 95).toFixed(2)),
        p99Ms: Number(percentile(latencies, 99).toFixed(2)),
        rssMiB: Math.round(memory.rss / 1024 / 1024),
        // Includes the load generator's 200 warm-up requests, so slightly high.
        appCpuMsPerRequest: Number(((cpu.user + cpu.system) / 1000 / REQUESTS).toFixed(2)),
        appSystemCpuMsPerRequest: Number((cpu.system / 1000 / REQUESTS).toFixed(2)),
      },
      null,
      2,
    ),
  );
  server.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
