import request from 'supertest';
import { MAX_LOGIN_FAILURES, MAX_LOGIN_FAILURES_PER_ADDRESS } from '../../server/src/http/auth-routes';
import { loginAs, post, startTestApp, type TestApp } from '../support/app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('POST /api/auth/login', () => {
  test('sets HttpOnly strict session and readable XSRF cookie', async () => {
    const response = await request(t.app).post('/api/auth/login').send({ username: 'specialist', password: 'demo' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: expect.any(String), username: 'specialist', role: 'specialist', displayName: 'specialist' });
    const cookies: string[] = [].concat(response.headers['set-cookie'] as any);
    const session = cookies.find((c) => c.startsWith('icp_session='))!;
    const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(xsrf).not.toMatch(/HttpOnly/i);
    expect(xsrf).toMatch(/SameSite=Strict/i);
  });

  test('wrong password is a 401', async () => {
    const response = await request(t.app).post('/api/auth/login').send({ username: 'specialist', password: 'nope' });
    expect(response.status).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  test('unknown user is a 401', async () => {
    const response = await request(t.app).post('/api/auth/login').send({ username: 'ghost', password: 'demo' });
    expect(response.status).toBe(401);
  });

  test('missing fields are a 400 by field', async () => {
    const response = await request(t.app).post('/api/auth/login').send({});
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors).sort()).toEqual(['password', 'username']);
  });

  test('stores a slow hash, never the password', async () => {
    const row = await t.db('users').where({ username: 'specialist' }).first('password_hash');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('sessions', () => {
  test('me returns the user, then 401 after logout', async () => {
    const session = await loginAs(t, 'supervisor');
    const me = await session.agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('supervisor');
    expect((await post(session, '/api/auth/logout')).status).toBe(204);
    expect((await session.agent.get('/api/auth/me')).status).toBe(401);
  });

  test('API without a session is a 401', async () => {
    expect((await request(t.app).get('/api/submissions')).status).toBe(401);
    expect((await request(t.app).get('/api/auth/me')).status).toBe(401);
  });

  test('state change without XSRF header is a 403', async () => {
    const session = await loginAs(t, 'specialist');
    const response = await session.agent.post('/api/comments').send({ submissionId: 'x', body: 'y' });
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/X-XSRF-TOKEN/);
  });

  test('state change with a wrong XSRF header is a 403', async () => {
    const session = await loginAs(t, 'specialist');
    const response = await session.agent.post('/api/comments').set('X-XSRF-TOKEN', 'forged').send({});
    expect(response.status).toBe(403);
  });

  test('sessions live in PostgreSQL as hashes', async () => {
    const session = await loginAs(t, 'admin');
    const rows = await t.db('sessions').where({ user_id: session.user.id });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('failed logins', () => {
  const login = (username: string, password: string, address: string) =>
    request(t.app).post('/api/auth/login').set('X-Forwarded-For', address).send({ username, password });

  beforeAll(async () => {
    const { password_hash } = await t.db('users').where({ username: 'specialist' }).first('password_hash');
    await t.db('users').insert({ username: 'target', display_name: 'target', role: 'specialist', password_hash });
  });

  test('ten failures block that username from that address', async () => {
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) {
      expect((await login('target', 'wrong', '203.0.113.7')).status).toBe(401);
    }
    const blocked = await login('target', 'demo', '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBe('900');
    expect(blocked.body.message).toMatch(/Too many failed logins for target from this address/);
    expect((await login('specialist', 'demo', '203.0.113.7')).status).toBe(200);
  });

  test('the blocked username still logs in elsewhere', async () => {
    expect((await login('target', 'demo', '198.51.100.20')).status).toBe(200);
  });

  test('fifty failures block the address for everyone', async () => {
    const address = '192.0.2.99';
    for (let i = 0; i < MAX_LOGIN_FAILURES_PER_ADDRESS; i++) {
      expect((await login(`guess-${i % 9}`, 'wrong', address)).status).toBe(401);
    }
    const blocked = await login('specialist', 'demo', address);
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/Too many failed logins from this address/);
    expect((await login('specialist', 'demo', '192.0.2.100')).status).toBe(200);
  });

  test('a burst of attempts at once is blocked too', async () => {
    const address = '198.51.100.77';
    const burst = await Promise.all(Array.from({ length: 40 }, () => login('target', 'wrong', address)));
    const statuses = burst.map((response) => response.status);
    const unauthorized = statuses.filter((status) => status === 401).length;
    // Attempts are counted in id order; an insert committed a moment late can let one or two more through.
    expect(unauthorized).toBeGreaterThanOrEqual(MAX_LOGIN_FAILURES);
    expect(unauthorized).toBeLessThanOrEqual(MAX_LOGIN_FAILURES + 3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - unauthorized);
    const recorded = await t.db('audit_events')
      .where({ action: 'login_failed' })
      .andWhereRaw("detail->>'ip' = ?", [address]);
    expect(recorded).toHaveLength(unauthorized);
    expect((await login('target', 'demo', address)).status).toBe(429);
  });

  test('a success leaves no failure behind', async () => {
    await login('specialist', 'demo', '198.51.100.88');
    const rows = await t.db('audit_events').where({ action: 'login_failed' }).andWhereRaw("detail->>'ip' = '198.51.100.88'");
    expect(rows).toHaveLength(0);
  });

  test('failures are audited with the client address', async () => {
    const row = await t.db('audit_events')
      .where({ action: 'login_failed' })
      .andWhereRaw("detail->>'username' = 'target'")
      .first('detail');
    expect(row.detail).toEqual({ username: 'target', ip: '203.0.113.7' });
  });
});

describe('admin accounts', () => {
  test('an admin cannot deactivate or demote themselves', async () => {
    const admin = await loginAs(t, 'admin');
    const deactivate = await admin.agent.put(`/api/users/${admin.user.id}`).set('X-XSRF-TOKEN', admin.xsrf).send({ active: false });
    expect(deactivate.status).toBe(400);
    expect(deactivate.body.errors.active).toBeDefined();
    const demote = await admin.agent.put(`/api/users/${admin.user.id}`).set('X-XSRF-TOKEN', admin.xsrf).send({ role: 'specialist' });
    expect(demote.status).toBe(400);
    expect((await request(t.app).post('/api/auth/login').send({ username: 'admin', password: 'demo' })).status).toBe(200);
  });

  test('another admin may deactivate an admin', async () => {
    const admin = await loginAs(t, 'admin');
    const created = await post(admin, '/api/users', { username: 'admin2', displayName: 'admin2', role: 'admin', password: 'long-enough-1' });
    expect(created.status).toBe(201);
    const second = request.agent(t.app);
    const login = await second.post('/api/auth/login').send({ username: 'admin2', password: 'long-enough-1' });
    const xsrf = ([] as string[]).concat(login.headers['set-cookie']).map((c) => /^XSRF-TOKEN=([^;]+)/.exec(c)?.[1]).find(Boolean)!;
    expect((await second.put(`/api/users/${admin.user.id}`).set('X-XSRF-TOKEN', xsrf).send({ active: false })).status).toBe(200);
    expect((await admin.agent.get('/api/auth/me')).status).toBe(401);
    const self = await second.put(`/api/users/${created.body.id}`).set('X-XSRF-TOKEN', xsrf).send({ active: false });
    expect(self.status).toBe(400);
    await t.db('users').where({ id: admin.user.id }).update({ active: true });
  });
});

describe('user edits', () => {
  test('a form opened before a change gets 409 instead of undoing it', async () => {
    const adminA = await loginAs(t, 'admin');
    const user = await post(adminA, '/api/users', { username: 'stale-target', displayName: 'x', role: 'specialist', password: 'long-enough-1' });
    const opened = (await adminA.agent.get(`/api/users/${user.body.id}`)).body;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const deactivated = await adminA.agent.put(`/api/users/${user.body.id}`).set('X-XSRF-TOKEN', adminA.xsrf).send({ ...opened, active: false });
    expect(deactivated.status).toBe(200);
    const stale = await adminA.agent.put(`/api/users/${user.body.id}`).set('X-XSRF-TOKEN', adminA.xsrf).send({ ...opened, displayName: 'renamed' });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/after you opened it/);
    expect((await t.db('users').where({ id: user.body.id }).first('active')).active).toBe(false);
  });

  test('a password reset ends the sessions, and no hash reaches the audit trail', async () => {
    const admin = await loginAs(t, 'admin');
    const created = await post(admin, '/api/users', { username: 'reset-me', displayName: 'x', role: 'specialist', password: 'long-enough-1' });
    const user = request.agent(t.app);
    expect((await user.post('/api/auth/login').send({ username: 'reset-me', password: 'long-enough-1' })).status).toBe(200);
    expect((await user.get('/api/auth/me')).status).toBe(200);
    const reset = await admin.agent.put(`/api/users/${created.body.id}`).set('X-XSRF-TOKEN', admin.xsrf).send({ password: 'another-one-2' });
    expect(reset.status).toBe(200);
    expect((await user.get('/api/auth/me')).status).toBe(401);
    const events = await t.db('audit_events').whereIn('action', ['users.create', 'users.update']).andWhereRaw("detail->>'id' = ?", [created.body.id]);
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events.map((e) => e.detail))).not.toMatch(/argon2/);
    expect(events.find((e) => e.action === 'users.update').detail.after.password_hash).toBe('(changed)');
    expect(events.find((e) => e.action === 'users.create').detail.after.username).toBe('reset-me');
  });

  test('a NUL character is dropped, not a 500', async () => {
    const admin = await loginAs(t, 'admin');
    const created = await post(admin, '/api/users', { username: 'nul-name', displayName: 'a\u0000b', role: 'specialist', password: 'long-enough-1' });
    expect(created.status).toBe(201);
    expect(created.body.displayName).toBe('ab');
  });

  test('usernames differing only in case are refused', async () => {
    const admin = await loginAs(t, 'admin');
    const response = await post(admin, '/api/users', { username: 'Specialist', displayName: 'x', role: 'admin', password: 'long-enough-1' });
    expect(response.status).toBe(400);
    expect(response.body.errors.username).toBe('is already used by another account');
  });

  test('search takes % and _ literally', async () => {
    const admin = await loginAs(t, 'admin');
    const all = await admin.agent.get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ q: '_' }))}`);
    expect(all.status).toBe(200);
    expect(all.body.every((user: { username: string; displayName: string }) => `${user.username}${user.displayName}`.includes('_'))).toBe(true);
    const none = await admin.agent.get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ q: '%' }))}`);
    expect(none.body).toEqual([]);
  });

  test('a malformed id is a 400 without SQL', async () => {
    const admin = await loginAs(t, 'admin');
    const response = await admin.agent.get('/api/users/not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body.message).not.toMatch(/select/i);
  });
});

describe('passwords', () => {
  test('are kept exactly as typed, spaces included', async () => {
    const admin = await loginAs(t, 'admin');
    const created = await post(admin, '/api/users', { username: 'spaced', displayName: 'spaced', role: 'specialist', password: '  long enough 1 ' });
    expect(created.status).toBe(201);
    expect((await request(t.app).post('/api/auth/login').send({ username: 'spaced', password: '  long enough 1 ' })).status).toBe(200);
    expect((await request(t.app).post('/api/auth/login').send({ username: 'spaced', password: 'long enough 1' })).status).toBe(401);
  });
});

describe('roles', () => {
  test.each([
    ['specialist', '/api/dashboard', 403],
    ['specialist', '/api/audit-events', 403],
    ['specialist', '/api/intake-keys', 403],
    ['supervisor', '/api/intake-keys', 403],
    ['supervisor', '/api/dashboard', 200],
    ['admin', '/api/intake-keys', 200],
    ['admin', '/api/dashboard', 200],
    ['specialist', '/api/submissions', 200],
  ])('%s GET %s is %i', async (username, url, status) => {
    const session = await loginAs(t, username);
    expect((await session.agent.get(url)).status).toBe(status);
  });

  test('specialist cannot record MIIT events', async () => {
    const session = await loginAs(t, 'specialist');
    const response = await post(session, '/api/submissions/00000000-0000-0000-0000-000000000000/miit-events', { version: 1, event: 'sms_verified' });
    expect(response.status).toBe(403);
  });
});
