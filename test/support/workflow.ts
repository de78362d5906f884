import type { Application } from '../../server/src/domain/application';
import { post, type LoggedInAgent, type TestApp } from './app';
import { submitApplication } from './fixtures';

/** Stores an application through the intake API and returns its console record. */
export async function intake(t: TestApp, application: Application): Promise<{ id: string; reference: string }> {
  const response = await submitApplication(t.app, application);
  if (response.status !== 201) throw new Error(`intake failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function read(session: LoggedInAgent, id: string) {
  const response = await session.agent.get(`/api/submissions/${id}`);
  if (response.status !== 200) throw new Error(`read failed: ${response.status}`);
  return response.body;
}

/** Runs an action with the record's current version. */
export async function act(session: LoggedInAgent, id: string, action: string, body: object = {}) {
  const { version } = await read(session, id);
  return post(session, `/api/submissions/${id}/${action}`, { version, ...body });
}

/** Claims and forwards with overrides for every error finding. */
export async function forwardWithOverrides(session: LoggedInAgent, id: string) {
  const claimed = await act(session, id, 'claim');
  if (claimed.status !== 200) throw new Error(`claim failed: ${claimed.status} ${JSON.stringify(claimed.body)}`);
  const record = await read(session, id);
  const overrides = record.findings
    .filter((f: { severity: string }) => f.severity === 'error')
    .map((f: { rule: string; path: string }) => ({ ruleId: f.rule, path: f.path, justification: 'checked by phone' }));
  return act(session, id, 'forward', { overrides });
}
