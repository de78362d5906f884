import { loginAs, post, startTestApp, type LoggedInAgent, type TestApp } from '../support/app';
import { dryRun, loadExample } from '../support/fixtures';
import { act, intake, read } from '../support/workflow';

let t: TestApp;
let admin: LoggedInAgent;
let supervisor: LoggedInAgent;

beforeAll(async () => {
  t = await startTestApp();
  admin = await loginAs(t, 'admin');
  supervisor = await loginAs(t, 'supervisor');
});

afterAll(async () => {
  await t.close();
});

const filter = (value: object) => encodeURIComponent(JSON.stringify(value));

describe('reference data', () => {
  test('is seeded with a source and an effective date on every row', async () => {
    const rows = await t.db('reference_data').select('kind', 'source', 'effective_from');
    const kinds = new Set(rows.map((r) => r.kind));
    for (const kind of ['approved_tld', 'minimum_age', 'forbidden_word', 'reserved_word', 'personal_restricted_word', 'provider_ip_range']) {
      expect(kinds).toContain(kind);
    }
    expect(rows.every((r) => r.source && r.effective_from)).toBe(true);
  });

  test('an admin edit changes the rules at once and is audited', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'REF-1' };
    expect((await dryRun(t.app, application)).body.findings).toEqual([]);

    const list = await admin.agent.get(`/api/reference-data?filter=${filter({ kind: 'approved_tld', value: 'cn' })}`);
    const cn = list.body.find((row: any) => row.value === 'cn');
    expect(cn).toBeDefined();
    const removed = await admin.agent.delete(`/api/reference-data/${cn.id}`).set('X-XSRF-TOKEN', admin.xsrf);
    expect(removed.status).toBe(200);

    const after = await dryRun(t.app, application);
    expect(after.body.findings.map((f: any) => f.rule)).toContain('website.domain.tld_not_approved');
    const audit = await t.db('audit_events').where({ action: 'reference-data.delete' }).first();
    expect(audit.actor_id).toBe(admin.user.id);
    expect(audit.detail.before.value).toBe('cn');

    const restored = await post(admin, '/api/reference-data', { kind: 'approved_tld', value: 'cn', effectiveFrom: '2017-11-01', source: 'MIIT approved TLD list' });
    expect(restored.status).toBe(201);
    expect((await dryRun(t.app, application)).body.findings).toEqual([]);
  });

  test('rows are validated by field', async () => {
    const response = await post(admin, '/api/reference-data', { kind: 'minimum_age', value: '浙江', effectiveFrom: '2025-13-01' });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors).sort()).toEqual(['appliesTo', 'effectiveFrom', 'minimumAge', 'provinceCode', 'source']);
  });

  test.each([
    ['192.0.2.0/33', /must be an IP range/],
    ['not-a-cidr', /must be an IP range/],
    ['0.0.0.0/0', /wider than \/8/],
    ['::/8', /wider than/],
  ])('provider IP range %s is refused', async (value, message) => {
    const response = await post(admin, '/api/reference-data', { kind: 'provider_ip_range', value, effectiveFrom: '2026-01-01', source: 'test' });
    expect(response.status).toBe(400);
    expect(response.body.errors.value).toMatch(message);
  });

  test('a bare address becomes a /32 range and applies', async () => {
    const application = JSON.parse(JSON.stringify({ ...loadExample('new_filing'), externalId: 'REF-IP' }));
    application.websites[0].ips = ['192.0.2.5'];
    expect((await dryRun(t.app, application)).body.findings.map((f: any) => f.rule)).toContain('website.ip.not_provider');
    const created = await post(admin, '/api/reference-data', { kind: 'provider_ip_range', value: '192.0.2.5', effectiveFrom: '2020-01-01', source: 'test' });
    expect(created.status).toBe(201);
    expect(created.body.value).toBe('192.0.2.5/32');
    expect((await dryRun(t.app, application)).body.findings.map((f: any) => f.rule)).not.toContain('website.ip.not_provider');
    const duplicate = await post(admin, '/api/reference-data', { kind: 'provider_ip_range', value: '192.0.2.5/32', effectiveFrom: '2020-01-01', source: 'test' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors.value).toMatch(/already exists/);
  });

  test('a TLD must be a domain suffix', async () => {
    const bad = await post(admin, '/api/reference-data', { kind: 'approved_tld', value: 'exam ple.com!', effectiveFrom: '2026-01-01', source: 'test' });
    expect(bad.status).toBe(400);
    const good = await post(admin, '/api/reference-data', { kind: 'approved_tld', value: '.Example', effectiveFrom: '2026-01-01', source: 'test' });
    expect(good.body.value).toBe('example');
  });

  test('a minimum age from the six-digit picker applies', async () => {
    const created = await post(admin, '/api/reference-data', {
      kind: 'minimum_age', value: '福建', provinceCode: '350000', appliesTo: 'unit', minimumAge: 60, effectiveFrom: '2020-01-01', source: 'test',
    });
    expect(created.status).toBe(201);
    expect(created.body.provinceCode).toBe('350000');
    expect((await t.db('reference_data').where({ id: created.body.id }).first('province_code')).province_code).toBe('35');
    const seeded = await admin.agent.get(`/api/reference-data?filter=${filter({ kind: 'minimum_age' })}`);
    expect(seeded.body.every((row: any) => /^\d{6}$/.test(row.provinceCode))).toBe(true);
    await admin.agent.delete(`/api/reference-data/${created.body.id}`).set('X-XSRF-TOKEN', admin.xsrf);
  });

  test('a supervisor may read but not edit', async () => {
    expect((await supervisor.agent.get('/api/reference-data')).status).toBe(200);
    expect((await post(supervisor, '/api/reference-data', { kind: 'forbidden_word', value: 'x', effectiveFrom: '2026-01-01', source: 's' })).status).toBe(403);
  });

  test('re-run checks picks up a new forbidden word', async () => {
    const application = { ...loadExample('access_transfer'), externalId: 'REF-2' };
    const { id } = await intake(t, application);
    expect((await read(supervisor, id)).findings).toEqual([]);
    const word = application.websites[0].name.slice(0, 2);
    expect((await post(admin, '/api/reference-data', { kind: 'forbidden_word', value: word, effectiveFrom: '2020-01-01', source: 'test' })).status).toBe(201);
    const rerun = await act(supervisor, id, 'rerun-checks');
    expect(rerun.status).toBe(200);
    expect(rerun.body.findings.map((f: any) => f.rule)).toContain('website.name.forbidden_word');
  });
});

describe('reason templates', () => {
  test('seeded with one per rule and the manual reasons', async () => {
    const [{ count }] = await t.db('reason_templates').count({ count: '*' });
    expect(Number(count)).toBeGreaterThanOrEqual(90);
    expect(await t.db('reason_templates').where({ code: 'document.unclear' }).first()).toBeDefined();
    expect(await t.db('reason_templates').where({ rule_id: 'person.id.expired' }).first()).toBeDefined();
  });

  test('a duplicate code is a 409, an unknown rule id a 400', async () => {
    const duplicate = await post(supervisor, '/api/reason-templates', { code: 'contact.not_local_number', group: 'contact', text: 'dup', suggestion: 'x' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors.code).toBe('is already used');
    const unknown = await post(supervisor, '/api/reason-templates', { code: 'new.one', group: 'x', ruleId: 'no.such.rule', text: 't', suggestion: 's' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.ruleId).toMatch(/no rule id/);
  });

  test('a supervisor edits, a specialist cannot', async () => {
    const specialist = await loginAs(t, 'specialist');
    const row = await t.db('reason_templates').where({ code: 'photo.attire' }).first();
    const body = { code: 'photo.attire', group: 'photo', text: '核验照片着装不规范', suggestion: '免冠、着装整齐后重新拍摄' };
    expect((await specialist.agent.put(`/api/reason-templates/${row.id}`).set('X-XSRF-TOKEN', specialist.xsrf).send(body)).status).toBe(403);
    const updated = await supervisor.agent.put(`/api/reason-templates/${row.id}`).set('X-XSRF-TOKEN', supervisor.xsrf).send(body);
    expect(updated.status).toBe(200);
    expect(updated.body.suggestion).toBe('免冠、着装整齐后重新拍摄');
  });
});
