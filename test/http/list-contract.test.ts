import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import simpleRestProvider from 'ra-data-simple-rest';
import { startTestApp, type TestApp } from '../support/app';
import { loadExample, submitApplication } from '../support/fixtures';

let t: TestApp;
let server: Server;
let baseUrl: string;
let cookie: string;

/** Builds a ra-data-simple-rest client as the console does, against the running server. */
function client() {
  const httpClient = async (url: string, options: any = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Cookie', cookie);
    const response = await fetch(url, { ...options, headers });
    const body = await response.text();
    if (response.status >= 400) throw Object.assign(new Error(body), { status: response.status });
    return { status: response.status, headers: response.headers, body, json: body ? JSON.parse(body) : undefined };
  };
  return (simpleRestProvider as any)(`${baseUrl}/api`, httpClient);
}

beforeAll(async () => {
  t = await startTestApp();
  for (const name of ['new_filing', 'new_website', 'change', 'access_transfer', 'new_website_filed_elsewhere']) {
    expect((await submitApplication(t.app, loadExample(name))).status).toBe(201);
  }
  server = t.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'specialist', password: 'demo' }),
  });
  cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe('submissions through ra-data-simple-rest', () => {
  test('getList pages and counts', async () => {
    const page = await client().getList('submissions', {
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'submittedAt', order: 'ASC' },
      filter: {},
    });
    expect(page.total).toBe(5);
    expect(page.data).toHaveLength(2);
    const second = await client().getList('submissions', {
      pagination: { page: 3, perPage: 2 },
      sort: { field: 'submittedAt', order: 'ASC' },
      filter: {},
    });
    expect(second.data).toHaveLength(1);
  });

  test('filters by type, status and q', async () => {
    const byType = await client().getList('submissions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'reference', order: 'ASC' }, filter: { type: 'change' } });
    expect(byType.data.map((r: any) => r.type)).toEqual(['change']);
    const byStatus = await client().getList('submissions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'reference', order: 'ASC' }, filter: { status: ['pending_review', 'in_review'] } });
    expect(byStatus.total).toBe(5);
    const byDomain = await client().getList('submissions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'reference', order: 'ASC' }, filter: { q: 'XILANTEA' } });
    expect(byDomain.data.map((r: any) => r.entityName)).toEqual(['厦门溪岚茶业有限公司']);
    const byPerson = await client().getList('submissions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'reference', order: 'ASC' }, filter: { q: '黄志远' } });
    expect(byPerson.total).toBe(1);
    const byProvince = await client().getList('submissions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'reference', order: 'ASC' }, filter: { province: '350000' } });
    expect(byProvince.total).toBe(1);
  });

  test('sorts descending', async () => {
    const list = await client().getList('submissions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'reference', order: 'DESC' }, filter: {} });
    const references = list.data.map((r: any) => r.reference);
    expect(references).toEqual([...references].sort().reverse());
  });

  test('list masks document numbers and mobiles', async () => {
    const list = await client().getList('submissions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'reference', order: 'ASC' }, filter: { q: 'xilantea' } });
    const record = list.data[0];
    expect(record.principalMobileMasked).toBe('139****1234');
    expect(record.certificateNumberMasked).toBe('9135**********707X');
    expect(JSON.stringify(list.data)).not.toContain('13959201234');
    expect(JSON.stringify(list.data)).not.toContain('350206198604210574');
  });

  test('record has the contract fields', async () => {
    const list = await client().getList('submissions', { pagination: { page: 1, perPage: 1 }, sort: { field: 'reference', order: 'ASC' }, filter: {} });
    for (const field of ['id', 'reference', 'type', 'status', 'entityName', 'province', 'assigneeId', 'submittedAt', 'updatedAt', 'version', 'revision', 'errorCount', 'warningCount']) {
      expect(list.data[0]).toHaveProperty(field);
    }
  });

  test('getOne returns the revision, findings, materials and actions', async () => {
    const list = await client().getList('submissions', { pagination: { page: 1, perPage: 1 }, sort: { field: 'reference', order: 'ASC' }, filter: { q: 'xilantea' } });
    const { data } = await client().getOne('submissions', { id: list.data[0].id });
    expect(data.application.entity.name).toBe('厦门溪岚茶业有限公司');
    expect(data.findings).toEqual([]);
    expect(data.passed.length).toBeGreaterThan(40);
    expect(data.materials).toHaveLength(7);
    expect(data.allowedActions).toContain('claim');
    const image = await fetch(`${baseUrl}${data.materials[0].url}`, { headers: { Cookie: cookie } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    const anonymous = await fetch(`${baseUrl}${data.materials[0].url}`);
    expect(anonymous.status).toBe(401);
  });

  test('unknown filter or sort field is a 400', async () => {
    await expect(
      client().getList('submissions', { pagination: { page: 1, perPage: 5 }, sort: { field: 'reference', order: 'ASC' }, filter: { secret: 1 } }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      client().getList('submissions', { pagination: { page: 1, perPage: 5 }, sort: { field: 'password_hash', order: 'ASC' }, filter: {} }),
    ).rejects.toMatchObject({ status: 400 });
  });

  test('bad filter values are a 400 naming the filter', async () => {
    const cases: Array<[object, string]> = [
      [{ status: 'nope' }, 'status'],
      [{ type: ['change', 'nope'] }, 'type'],
      [{ assigneeId: 'not-a-uuid' }, 'assigneeId'],
      [{ id: ['x'] }, 'id'],
      [{ submittedAt_gte: 'garbage' }, 'submittedAt_gte'],
      [{ hasErrors: 'maybe' }, 'hasErrors'],
      [{ overdue: 'yes' }, 'overdue'],
    ];
    for (const [filter, field] of cases) {
      const response = await fetch(`${baseUrl}/api/submissions?filter=${encodeURIComponent(JSON.stringify(filter))}`, { headers: { Cookie: cookie } });
      expect(response.status).toBe(400);
      expect((await response.json()).errors).toHaveProperty([field]);
    }
  });

  test('q matches full-width input', async () => {
    const list = await client().getList('submissions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'reference', order: 'ASC' }, filter: { q: 'ｘｉｌａｎｔｅａ' } });
    expect(list.total).toBe(1);
  });

  test('Content-Range is exposed', async () => {
    const response = await fetch(`${baseUrl}/api/submissions?range=[0,1]`, { headers: { Cookie: cookie } });
    expect(response.headers.get('content-range')).toBe('submissions 0-1/5');
  });
});
