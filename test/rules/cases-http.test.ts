import type { Application } from '../../server/src/domain/application';
import { loginAs, startTestApp, type LoggedInAgent, type TestApp } from '../support/app';
import { resetDatabase } from '../support/db';
import { dryRun } from '../support/fixtures';
import { act, forwardWithOverrides, intake } from '../support/workflow';
import { createUser } from '../../server/src/store/users';
import { checkExpectations, loadCases, loadExamples, type RuleCase } from './support/cases';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

async function freshConsole(): Promise<{ specialist: LoggedInAgent; supervisor: LoggedInAgent }> {
  await resetDatabase(t.db);
  await createUser(t.db, { username: 'specialist', displayName: 'specialist', role: 'specialist', password: 'demo' });
  await createUser(t.db, { username: 'supervisor', displayName: 'supervisor', role: 'supervisor', password: 'demo' });
  return { specialist: await loginAs(t, 'specialist'), supervisor: await loginAs(t, 'supervisor') };
}

/**
 * Stores a case's `before` applications through the intake API; with
 * `beforeStatus: approved` walks each through claim, forward (overriding
 * its errors), SMS verification and MIIT approval, numbered with the case
 * application's entity filing number and -1, -2, ... per website.
 */
async function storeBefore(rule: RuleCase, agents: { specialist: LoggedInAgent; supervisor: LoggedInAgent }) {
  for (const application of rule.before ?? []) {
    const { id } = await intake(t, application as Application);
    if (rule.beforeStatus !== 'approved') continue;
    expect((await forwardWithOverrides(agents.specialist, id)).status).toBe(200);
    expect((await act(agents.supervisor, id, 'miit-events', { event: 'sms_verified' })).status).toBe(200);
    const entity = rule.application.entity.filingNumber!;
    const websites = application.websites.map((_, index) => `${entity}-${index + 1}`);
    const approved = await act(agents.supervisor, id, 'miit-events', { event: 'approved', filingNumbers: { entity, websites } });
    expect(approved.status).toBe(200);
  }
}

const cases = loadCases();
const standalone = cases.filter((rule) => !rule.before?.length);
const withBefore = cases.filter((rule) => rule.before?.length);

describe('shared rule cases through POST /api/intake/check', () => {
  beforeAll(async () => {
    await freshConsole();
  });

  test.each(standalone.map((rule) => [rule.file, rule] as const))('%s', async (_file, rule) => {
    const response = await dryRun(t.app, rule.application);
    expect(response.status).toBe(200);
    expect(checkExpectations(rule.expect, response.body.findings)).toEqual([]);
  });

  test.each(loadExamples().map((example) => [example.file, example.application] as const))(
    'example %s has no finding',
    async (_file, application) => {
      const response = await dryRun(t.app, application);
      expect(response.status).toBe(200);
      expect(response.body.findings).toEqual([]);
    },
  );
});

describe('shared rule cases with stored applications', () => {
  test.each(withBefore.map((rule) => [rule.file, rule] as const))('%s', async (_file, rule) => {
    const agents = await freshConsole();
    await storeBefore(rule, agents);
    const response = await dryRun(t.app, rule.application);
    expect(response.status).toBe(200);
    expect(checkExpectations(rule.expect, response.body.findings)).toEqual([]);
  });
});
