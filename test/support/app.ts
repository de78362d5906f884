import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../server/src/app';
import { loadConfig, type Config } from '../../server/src/config';
import { createUser } from '../../server/src/store/users';
import type { SiteFetchOptions } from '../../server/src/jobs/site-check';
import { connectTestDatabase, resetDatabase } from './db';

export const INTAKE_KEY = 'test-intake-key';

export interface TestApp {
  db: Knex;
  config: Config;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/** Starts the app on the test database, emptied and seeded with the base data and four users. */
export async function startTestApp(overrides: Partial<Config> = {}, siteFetch?: SiteFetchOptions): Promise<TestApp> {
  const db = connectTestDatabase();
  await resetDatabase(db);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-test-data-'));
  const config: Config = {
    ...loadConfig({ DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: dataDir }),
    intakeApiKeys: [INTAKE_KEY],
    demoData: false,
    runJobs: false,
    ...overrides,
  };
  for (const [username, role] of [
    ['specialist', 'specialist'],
    ['specialist2', 'specialist'],
    ['supervisor', 'supervisor'],
    ['admin', 'admin'],
  ] as const) {
    await createUser(db, { username, displayName: username, role, password: 'demo' });
  }
  const app = createApp({ db, config, siteFetch });
  return {
    db,
    config,
    app,
    async close() {
      await db.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Logs in as `username` and returns the supertest agent with the XSRF token to send. */
export async function loginAs(testApp: TestApp, username: string): Promise<LoggedInAgent> {
  const agent = request.agent(testApp.app);
  const response = await agent.post('/api/auth/login').send({ username, password: 'demo' }).expect(200);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const xsrf = cookies.map((c) => /^XSRF-TOKEN=([^;]+)/.exec(c)?.[1]).find(Boolean);
  if (!xsrf) throw new Error('login set no XSRF-TOKEN cookie');
  return { agent, xsrf, user: response.body };
}

export interface LoggedInAgent {
  agent: TestAgent;
  xsrf: string;
  user: { id: string; username: string; role: string };
}

export function post(session: LoggedInAgent, url: string, body?: object) {
  return session.agent.post(url).set('X-XSRF-TOKEN', session.xsrf).send(body ?? {});
}
