import { loginAs, post, startTestApp, type LoggedInAgent, type TestApp } from '../support/app';
import { describeOnRealPostgres } from '../support/db';
import { loadExample, submitApplication } from '../support/fixtures';
import { act, forwardWithOverrides, intake, read } from '../support/workflow';
import request from 'supertest';
import { INTAKE_KEY } from '../support/app';

let t: TestApp;
let specialist: LoggedInAgent;
let specialist2: LoggedInAgent;
let supervisor: LoggedInAgent;
let counter = 0;

/** Copies a clean example under a new externalId, so each test stores its own application. */
function uniqueApplication(name = 'new_filing') {
  const application = JSON.parse(JSON.stringify(loadExample(name)));
  counter++;
  application.externalId = `WF-${counter}`;
  return application;
}

beforeAll(async () => {
  t = await startTestApp();
  specialist = await loginAs(t, 'specialist');
  specialist2 = await loginAs(t, 'specialist2');
  supervisor = await loginAs(t, 'supervisor');
});

afterAll(async () => {
  await t.close();
});

describe('claim and release', () => {
  test('claim assigns the caller and bumps the version', async () => {
    const { id } = await intake(t, uniqueApplication());
    const before = await read(specialist, id);
    expect(before.allowedActions).toEqual(expect.arrayContaining(['claim']));
    const response = await post(specialist, `/api/submissions/${id}/claim`, { version: before.version });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('in_review');
    expect(response.body.assigneeId).toBe(specialist.user.id);
    expect(response.body.version).toBe(before.version + 1);
    expect(response.body.allowedActions).toEqual(expect.arrayContaining(['release', 'reject', 'forward']));
    const audit = await t.db('audit_events').where({ submission_id: id, action: 'claim' }).first();
    expect(audit).toMatchObject({ actor_id: specialist.user.id, from_status: 'pending_review', to_status: 'in_review' });
    await t.db('submissions').where({ id }).delete();
  });

  test('stale version is a 409 naming who acted first', async () => {
    const { id } = await intake(t, uniqueApplication());
    const { version } = await read(specialist, id);
    expect((await post(specialist, `/api/submissions/${id}/claim`, { version })).status).toBe(200);
    const late = await post(specialist2, `/api/submissions/${id}/claim`, { version });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/specialist acted first \(claim/);
    await t.db('submissions').where({ id }).delete();
  });

  test('two specialists claiming at once: one wins', async () => {
    const { id } = await intake(t, uniqueApplication());
    const { version } = await read(specialist, id);
    const results = await Promise.all([
      post(specialist, `/api/submissions/${id}/claim`, { version }),
      post(specialist2, `/api/submissions/${id}/claim`, { version }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const row = await t.db('submissions').where({ id }).first();
    const winner = results.find((r) => r.status === 200)!.body.assigneeId;
    expect(row.assignee_id).toBe(winner);
    expect(row.version).toBe(version + 1);
    await t.db('submissions').where({ id }).delete();
  });

  test('another specialist cannot release, a supervisor can', async () => {
    const { id } = await intake(t, uniqueApplication());
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const foreign = await act(specialist2, id, 'release');
    expect(foreign.status).toBe(409);
    expect(foreign.body.message).toMatch(/only the assigned specialist or a supervisor/);
    const released = await act(supervisor, id, 'release');
    expect(released.status).toBe(200);
    expect(released.body.status).toBe('pending_review');
    expect(released.body.assigneeId).toBeNull();
    await t.db('submissions').where({ id }).delete();
  });

  test('supervisor assigns; specialist may not', async () => {
    const { id } = await intake(t, uniqueApplication());
    expect((await act(specialist, id, 'assign', { assigneeId: specialist2.user.id })).status).toBe(403);
    const assigned = await act(supervisor, id, 'assign', { assigneeId: specialist2.user.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'in_review', assigneeId: specialist2.user.id });
    expect((await act(supervisor, id, 'assign', { assigneeId: 'nobody' })).status).toBe(400);
    await t.db('submissions').where({ id }).delete();
  });

  test('missing or malformed version is a 400', async () => {
    const { id } = await intake(t, uniqueApplication());
    for (const body of [{}, { version: null }, { version: 'abc' }, { version: 1.5 }]) {
      const response = await post(specialist, `/api/submissions/${id}/claim`, body);
      expect(response.status).toBe(400);
      expect(response.body.errors.version).toMatch(/required/);
    }
    expect((await read(specialist, id)).status).toBe('pending_review');
    await t.db('submissions').where({ id }).delete();
  });

  test('claim on a claimed application is a 409', async () => {
    const { id } = await intake(t, uniqueApplication());
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const again = await act(specialist2, id, 'claim');
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/not allowed while the application is in_review/);
    await t.db('submissions').where({ id }).delete();
  });
});

describe('next application', () => {
  test('claims the oldest unassigned one', async () => {
    const first = await intake(t, uniqueApplication());
    await intake(t, uniqueApplication('new_website'));
    const response = await post(specialist, '/api/submissions/next');
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(first.id);
    expect(response.body.assigneeId).toBe(specialist.user.id);
    await t.db('submissions').delete();
  });

  test('empty queue is a 404', async () => {
    const response = await post(specialist, '/api/submissions/next');
    expect(response.status).toBe(404);
  });
});

describeOnRealPostgres('next application under load (real PostgreSQL)', () => {
  test('ten specialists pressing next at once get ten different applications', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await intake(t, uniqueApplication(i % 2 ? 'new_website' : 'access_transfer'))).id);
    const sessions = await Promise.all(Array.from({ length: 10 }, () => loginAs(t, 'specialist')));
    const results = await Promise.all(sessions.map((s) => post(s, '/api/submissions/next')));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const claimed = results.map((r) => r.body.id);
    expect(new Set(claimed).size).toBe(10);
    // The oldest ten went first: none was skipped.
    expect(claimed.sort()).toEqual(ids.slice(0, 10).sort());
    await t.db('submissions').delete();
  });
});

describe('reject', () => {
  test('needs at least one reason with text', async () => {
    const { id } = await intake(t, uniqueApplication());
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const none = await act(specialist, id, 'reject', { reasons: [] });
    expect(none.status).toBe(400);
    expect(none.body.errors.reasons).toBeDefined();
    const blank = await act(specialist, id, 'reject', { reasons: [{ text: ' ' }] });
    expect(blank.status).toBe(400);
    expect(blank.body.errors['reasons[0].text']).toBe('is required');
    await t.db('submissions').where({ id }).delete();
  });

  test('moves to rejected, queues the email, shows reasons to the portal', async () => {
    const application = uniqueApplication();
    const { id } = await intake(t, application);
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const reasons = [
      { path: 'websites[0].name', ruleId: 'website.name.too_short', text: '网站名称过短', suggestion: '使用至少 3 个汉字' },
      { text: '证件照片不清晰', suggestion: '重新拍摄彩色原件' },
    ];
    const response = await act(specialist, id, 'reject', { reasons });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('rejected');
    const emails = await t.db('emails').where({ submission_id: id });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: 'rejected', status: 'queued', to_address: application.applicant.email });
    expect(emails[0].text_body).toContain('网站名称过短');
    expect(emails[0].text_body).toContain('重新拍摄彩色原件');
    const portal = await request(t.app).get(`/api/intake/submissions/${application.externalId}`).set('Authorization', `Bearer ${INTAKE_KEY}`);
    expect(portal.body.status).toBe('rejected');
    expect(portal.body.reasons).toEqual([
      { path: 'websites[0].name', text: '网站名称过短', suggestion: '使用至少 3 个汉字' },
      { text: '证件照片不清晰', suggestion: '重新拍摄彩色原件' },
    ]);
  });

  test('resubmission shows the earlier reasons, comments and a diff', async () => {
    const application = uniqueApplication('access_transfer');
    const { id } = await intake(t, application);
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    expect((await post(specialist, '/api/comments', { submissionId: id, path: 'websites[0].name', body: '名称与内容不符' })).status).toBe(201);
    expect((await act(specialist, id, 'reject', { reasons: [{ path: 'websites[0].name', text: '网站名称不符合命名规范' }] })).status).toBe(200);

    const changed = JSON.parse(JSON.stringify(application));
    changed.websites[0].name = changed.websites[0].name + '网';
    const again = await submitApplication(t.app, changed);
    expect(again.status).toBe(201);
    expect(again.body.revision).toBe(2);

    const record = await read(specialist, id);
    expect(record.status).toBe('pending_review');
    expect(record.previousRejection.revision).toBe(1);
    expect(record.previousRejection.reasons[0].text).toBe('网站名称不符合命名规范');
    expect(record.previousRejection.comments[0]).toMatchObject({ path: 'websites[0].name', body: '名称与内容不符' });
    expect(record.diff).toEqual([{ path: 'websites[0].name', before: application.websites[0].name, after: changed.websites[0].name }]);
  });
});

describe('reject reasons point at real fields', () => {
  test('a path into a missing website is a 400', async () => {
    const { id } = await intake(t, uniqueApplication());
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const response = await act(specialist, id, 'reject', {
      reasons: [{ path: 'websites[0].name', text: '名称不规范' }, { path: 'websites[7].nonsense', text: '不存在的字段' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors['reasons[1].path']).toMatch(/"websites\[7\]\.nonsense" is not a field of this application/);
    expect(response.body.errors['reasons[0].path']).toBeUndefined();
    expect((await read(specialist, id)).status).toBe('in_review');
    expect(await t.db('emails').where({ submission_id: id })).toHaveLength(0);
    await t.db('submissions').where({ id }).delete();
  });

  test('unknown field names and malformed paths are 400s', async () => {
    const { id } = await intake(t, uniqueApplication());
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const response = await act(specialist, id, 'reject', {
      reasons: [{ path: 'websites[0].nonsense', text: 'x' }, { path: 'websites[0]..name', text: 'y' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors['reasons[0].path']).toMatch(/not a field of this application/);
    expect(response.body.errors['reasons[1].path']).toMatch(/must be a field path/);
    await t.db('submissions').where({ id }).delete();
  });

  test('a missing field of a present object is accepted', async () => {
    const application = uniqueApplication();
    expect(application.entity.filingNumber).toBeUndefined();
    const { id } = await intake(t, application);
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const response = await act(specialist, id, 'reject', { reasons: [{ path: 'entity.filingNumber', text: '请填写主体备案号' }] });
    expect(response.status).toBe(200);
  });
});

describe('rejection email preview', () => {
  test('renders the email without changing the application', async () => {
    const application = uniqueApplication();
    const { id } = await intake(t, application);
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const before = await read(specialist, id);
    const reasons = [{ path: 'websites[0].principal.mobile', text: '负责人手机号码无法接通', suggestion: '请提供可接通的号码' }];

    const preview = await post(specialist, `/api/submissions/${id}/reject/preview`, { reasons });
    expect(preview.status).toBe(200);
    expect(preview.body.to).toBe(application.applicant.email);
    expect(preview.body.subject).toContain(before.reference);
    expect(preview.body.text).toContain('网站1 负责人 手机号码');
    expect(preview.body.text).toContain('负责人手机号码无法接通');
    expect(preview.body.html).toContain('请提供可接通的号码');

    const after = await read(specialist, id);
    expect(after.version).toBe(before.version);
    expect(await t.db('emails').where({ submission_id: id })).toHaveLength(0);
    const sent = await act(specialist, id, 'reject', { reasons });
    expect(sent.status).toBe(200);
    const email = await t.db('emails').where({ submission_id: id }).first();
    expect([email.subject, email.text_body]).toEqual([preview.body.subject, preview.body.text]);
  });

  test('only the reviewer or a supervisor may preview', async () => {
    const { id } = await intake(t, uniqueApplication());
    const reasons = [{ text: '材料不清晰' }];
    const unclaimed = await post(specialist, `/api/submissions/${id}/reject/preview`, { reasons });
    expect(unclaimed.status).toBe(409);
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    expect((await post(specialist2, `/api/submissions/${id}/reject/preview`, { reasons })).status).toBe(409);
    expect((await post(supervisor, `/api/submissions/${id}/reject/preview`, { reasons })).status).toBe(200);
  });

  test('drops bidi controls and carriage returns from reasons', async () => {
    const { id } = await intake(t, uniqueApplication());
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const reasons = [{ text: '名称\u202e不规范\r\n第二行', suggestion: '\u2066改正\u2069\r后重交' }];
    const preview = await post(specialist, `/api/submissions/${id}/reject/preview`, { reasons });
    expect(preview.body.text).toContain('名称不规范\n第二行');
    expect(preview.body.text).not.toMatch(/[\u202e\u2066\u2069\r]/);
    expect((await act(specialist, id, 'reject', { reasons })).status).toBe(200);
    const rejection = await t.db('rejections').where({ submission_id: id }).first();
    expect(rejection.reasons).toEqual([{ text: '名称不规范\n第二行', suggestion: '改正\n后重交' }]);
  });

  test('checks the reasons like the rejection', async () => {
    const { id } = await intake(t, uniqueApplication());
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const response = await post(specialist, `/api/submissions/${id}/reject/preview`, { reasons: [{ path: 'websites[3].name', text: 'x' }] });
    expect(response.status).toBe(400);
    expect(response.body.errors['reasons[0].path']).toMatch(/not a field/);
    expect((await post(specialist, '/api/submissions/not-an-id/reject/preview', { reasons: [{ text: 'x' }] })).status).toBe(404);
  });
});

describe('forward', () => {
  test('error findings block with 422 until overridden with a justification', async () => {
    const application = uniqueApplication();
    application.websites[0].name = 'AB';
    const { id } = await intake(t, application);
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const blocked = await act(specialist, id, 'forward');
    expect(blocked.status).toBe(422);
    const blocking = blocked.body.findings.map((f: { rule: string }) => f.rule);
    expect(blocking).toContain('website.name.too_short');

    const unjustified = await act(specialist, id, 'forward', {
      overrides: blocked.body.findings.map((f: { rule: string; path: string }) => ({ ruleId: f.rule, path: f.path, justification: '' })),
    });
    expect(unjustified.status).toBe(400);

    const overrides = blocked.body.findings.map((f: { rule: string; path: string }) => ({ ruleId: f.rule, path: f.path, justification: '客户电话确认，名称为品牌缩写' }));
    const forwarded = await act(specialist, id, 'forward', { overrides });
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.status).toBe('sms_pending');
    expect(new Date(forwarded.body.smsDeadline).getTime() - new Date(forwarded.body.forwardedAt).getTime()).toBe(24 * 3600 * 1000);
    expect(forwarded.body.overrides).toHaveLength(overrides.length);
    expect(forwarded.body.findings.find((f: any) => f.rule === 'website.name.too_short').override.justification).toBe('客户电话确认，名称为品牌缩写');
    const email = await t.db('emails').where({ submission_id: id, kind: 'forwarded' }).first();
    expect(email.text_body).toContain('24');
    expect(email.text_body).toContain('beian.miit.gov.cn');
  });

  test('override of a finding that does not exist is a 400', async () => {
    const { id } = await intake(t, uniqueApplication('new_website_filed_elsewhere'));
    expect((await act(specialist, id, 'claim')).status).toBe(200);
    const response = await act(specialist, id, 'forward', { overrides: [{ ruleId: 'website.name.missing', path: 'websites[0].name', justification: 'x' }] });
    expect(response.status).toBe(400);
  });

  test('pending application cannot be forwarded', async () => {
    const { id } = await intake(t, uniqueApplication('change'));
    const response = await act(specialist, id, 'forward');
    expect(response.status).toBe(409);
  });
});

describe('comments', () => {
  test('on a field and on the whole application', async () => {
    const { id } = await intake(t, uniqueApplication('new_website'));
    expect((await post(specialist, '/api/comments', { submissionId: id, path: 'entity.principal.mobile', body: '电话未接通' })).status).toBe(201);
    expect((await post(specialist2, '/api/comments', { submissionId: id, body: '整体材料齐全' })).status).toBe(201);
    const list = await specialist.agent.get(`/api/comments?filter=${encodeURIComponent(JSON.stringify({ submissionId: id }))}`);
    expect(list.status).toBe(200);
    expect(list.body.map((c: any) => [c.path, c.body, c.authorName])).toEqual([
      ['entity.principal.mobile', '电话未接通', 'specialist'],
      [null, '整体材料齐全', 'specialist2'],
    ]);
    const empty = await post(specialist, '/api/comments', { submissionId: id, body: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.body).toBe('is required');
    const blank = await post(specialist, '/api/comments', { submissionId: id, body: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors.body).toBe('is required');
    const blankPath = await post(specialist, '/api/comments', { submissionId: id, path: '   ', body: '整体意见' });
    expect(blankPath.status).toBe(201);
    expect(blankPath.body.path).toBeNull();
    const badPath = await post(specialist, '/api/comments', { submissionId: id, path: '../../x', body: '看这里' });
    expect(badPath.status).toBe(400);
    expect(badPath.body.errors.path).toMatch(/field path/);
    const missingWebsite = await post(specialist, '/api/comments', { submissionId: id, path: 'websites[5].name', body: '看这里' });
    expect(missingWebsite.status).toBe(400);
    expect(missingWebsite.body.errors.path).toMatch(/not a field of this application/);
  });
});

describe('forward then reject are audited', () => {
  test('every transition writes who, from, to', async () => {
    const { id } = await intake(t, uniqueApplication('new_website'));
    const forwarded = await forwardWithOverrides(specialist, id);
    expect(forwarded.status).toBe(200);
    const events = await t.db('audit_events').where({ submission_id: id }).orderBy('id');
    expect(events.map((e) => [e.action, e.from_status, e.to_status])).toEqual([
      ['submitted', null, 'pending_review'],
      ['claim', 'pending_review', 'in_review'],
      ['forward', 'in_review', 'sms_pending'],
    ]);
  });
});
