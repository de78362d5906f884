import request from 'supertest';
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
