/**
 * Measures POST /api/intake/check over HTTP: the app on one main thread
 * (one core for JavaScript) on the database in DATABASE_URL, or on the
 * embedded PGlite when unset. A separate load-generator process sends a fixed
 * number of dry runs of a two-website application from a fixed number of
 * concurrent keep-alive connections, after 300 untimed ones. The app's CPU
 * time per request gives the dry runs one core can serve. The same load on a
 * bare Express echo of the body gives the machine's baseline.
 *
 *   npx tsx bench/dry-run.bench.ts [requests=3000] [concurrency=8]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import express, { type Express } from 'express';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { connectDatabase } from '../server/src/db/connect';
import { migrateToLatest } from '../server/src/db/migrations';
import { seedBaseData } from '../db/seeds/base';

const REQUESTS = Number(process.argv[2] ?? 3000);
const CONCURRENCY = Number(process.argv[3] ?? 8);
const WARM_UP = 300;
const KEY = 'bench-intake-key';
const TARGET_PER_CORE = 500;
const BODY_FILE = path.join(__dirname, '../test/fixtures/examples/new_website.json');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

interface LoadResult {
  seconds: number;
  latencies: number[];
  responseBytes: number;
  /** User plus system CPU of this process (the app) per measured request. */
  cpuMsPerRequest: number;
  systemCpuMsPerRequest: number;
}

function runLoadGenerator(url: string, requests: number, warmUp: number): Promise<Omit<LoadResult, 'cpuMsPerRequest' | 'systemCpuMsPerRequest'>> {
  const args = [path.join(__dirname, 'load-generator.mjs'), url, BODY_FILE, String(requests), String(CONCURRENCY), KEY, String(warmUp)];
  // LOAD_CPU pins the load generator to one core (taskset), away from the app's.
  const [command, commandArgs] = process.env.LOAD_CPU
    ? ['taskset', ['-c', process.env.LOAD_CPU, process.execPath, ...args]]
    : [process.execPath, args];
  return new Promise((resolve, reject) => {
    execFile(command, commandArgs, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
  });
}

/** Warms `server` up with untimed requests, then measures `requests` of them. */
async function measure(server: Server, pathname: string, requests: number): Promise<LoadResult> {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${pathname}`;
  await runLoadGenerator(url, WARM_UP, 0);
  const cpuBefore = process.cpuUsage();
  const result = await runLoadGenerator(url, requests, 0);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    ...result,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / requests,
    systemCpuMsPerRequest: cpu.system / 1000 / requests,
  };
}

async function listen(app: Express): Promise<Server> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return server;
}

/**
 * Measures a bare Express 5 app that parses the same JSON body and sends it
 * back. Its cost is that of HTTP and Express alone on this machine, so the
 * dry run's cost as a multiple of it compares machines of different speed.
 */
async function measureEchoBaseline(requests: number): Promise<LoadResult> {
  const app = express();
  app.post('/echo', express.json({ limit: '1mb' }), (req, res) => {
    res.json(req.body);
  });
  const server = await listen(app);
  try {
    return await measure(server, '/echo', requests);
  } finally {
    server.close();
  }
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-bench-'));
  const config = { ...loadConfig({ ...process.env, DATA_DIR: dataDir }), intakeApiKeys: [KEY], demoData: false, runJobs: false };
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir });
  await migrateToLatest(database.knex);
  await seedBaseData(database.knex);

  const echo = await measureEchoBaseline(REQUESTS);
  const server = await listen(createApp({ db: database.knex, config }));
  const port = (server.address() as AddressInfo).port;
  const probe = await fetch(`http://127.0.0.1:${port}/api/intake/check`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}` },
    body: fs.readFileSync(BODY_FILE),
  });
  const answer = (await probe.json()) as { findings: unknown[]; passed: unknown[] };
  if (probe.status !== 200 || !Array.isArray(answer.findings) || !Array.isArray(answer.passed)) {
    throw new Error(`The dry run returned no findings list: status ${probe.status}, body ${JSON.stringify(answer)}`);
  }

  const result = await measure(server, '/api/intake/check', REQUESTS);
  const latencies = [...result.latencies].sort((a, b) => a - b);
  const perCore = Math.round(1000 / result.cpuMsPerRequest);
  const memory = process.memoryUsage();
  console.log(
    JSON.stringify(
      {
        database: database.embedded ? 'embedded PGlite' : 'PostgreSQL (DATABASE_URL)',
        node: process.version,
        requests: REQUESTS,
        concurrency: CONCURRENCY,
        findingsPerResponse: answer.findings.length,
        checksPassedPerResponse: answer.passed.length,
        responseBytes: result.responseBytes,
        perSecond: Math.round(REQUESTS / result.seconds),
        medianMs: Number(percentile(latencies, 50).toFixed(2)),
        p95Ms: Number(percentile(latencies, 95).toFixed(2)),
        p99Ms: Number(percentile(latencies, 99).toFixed(2)),
        rssMiB: Math.round(memory.rss / 1024 / 1024),
        appCpuMsPerRequest: Number(result.cpuMsPerRequest.toFixed(3)),
        appSystemCpuMsPerRequest: Number(result.systemCpuMsPerRequest.toFixed(3)),
        // Dry runs a second that one core of the app serves, the figure of the target.
        dryRunsPerSecondOnOneCore: perCore,
        target: `over ${TARGET_PER_CORE} on one core: ${perCore > TARGET_PER_CORE ? 'met' : 'NOT met'}`,
        echoCpuMsPerRequest: Number(echo.cpuMsPerRequest.toFixed(3)),
        echoPerSecond: Math.round(REQUESTS / echo.seconds),
        costInEchoes: Number((result.cpuMsPerRequest / echo.cpuMsPerRequest).toFixed(2)),
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
