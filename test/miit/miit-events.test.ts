import { expireSmsVerifications } from '../../server/src/services/miit';
import { loginAs, post, startTestApp, type LoggedInAgent, type TestApp } from '../support/app';
import { describeOnRealPostgres } from '../support/db';
import { loadExample } from '../support/fixtures';
import { act, forwardWithOverrides, intake, read } from '../support/workflow';

let t: TestApp;
let specialist: LoggedInAgent;
let supervisor: LoggedInAgent;
let counter = 0;

/** Encodes text as GBK by way of iconv in mailparser's dependency tree. */
function encodeGbk(text: string): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const iconv = require('iconv-lite');
  return iconv.encode(text, 'gbk');
}

function application(name = 'new_filing') {
  const app = JSON.parse(JSON.stringify(loadExample(name)));
  app.externalId = `MIIT-${++counter}`;
  return app;
}

/** Stores an application and walks it to `status` through the API. */
async function reach(status: string, name = 'new_filing') {
  const { id } = await intake(t, application(name));
  if (status === 'pending_review') return id;
  expect((await act(specialist, id, 'claim')).status).toBe(200);
  if (status === 'in_review') return id;
  if (status === 'rejected') {
    expect((await act(specialist, id, 'reject', { reasons: [{ text: 'x' }] })).status).toBe(200);
    return id;
  }
  const record = await read(specialist, id);
  const overrides = record.findings.filter((f: any) => f.severity === 'error').map((f: any) => ({ ruleId: f.rule, path: f.path, justification: 'ok' }));
  expect((await act(specialist, id, 'forward', { overrides })).status).toBe(200);
  if (status === 'sms_pending') return id;
  if (status === 'sms_expired') {
    expect((await act(supervisor, id, 'miit-events', { event: 'sms_expired' })).status).toBe(200);
    return id;
  }
  expect((await act(supervisor, id, 'miit-events', { event: 'sms_verified' })).status).toBe(200);
  if (status === 'miit_review') return id;
  if (status === 'miit_rejected') {
    expect((await act(supervisor, id, 'miit-events', { event: 'rejected', reason: '网站名称不规范' })).status).toBe(200);
    return id;
  }
  const numbers = { entity: '闽ICP备26000001号', websites: ['闽ICP备26000001号-1'] };
  expect((await act(supervisor, id, 'miit-events', { event: 'approved', filingNumbers: numbers })).status).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  specialist = await loginAs(t, 'specialist');
  supervisor = await loginAs(t, 'supervisor');
});

afterAll(async () => {
  await t.close();
});

afterEach(async () => {
  await t.db('submissions').delete();
  await t.db('filed_websites').delete();
});

const ALL_STATUSES = ['pending_review', 'in_review', 'rejected', 'sms_pending', 'miit_review', 'approved', 'miit_rejected', 'sms_expired'];
const ALLOWED: Record<string, string[]> = {
  sms_verified: ['sms_pending'],
  approved: ['miit_review'],
  rejected: ['sms_pending', 'miit_review'],
  sms_expired: ['sms_pending'],
};
const TARGET: Record<string, string> = { sms_verified: 'miit_review', approved: 'approved', rejected: 'miit_rejected', sms_expired: 'sms_expired' };

describe('every MIIT event in every state', () => {
  const table = Object.keys(ALLOWED).flatMap((event) => ALL_STATUSES.map((status) => [event, status] as const));
  test.each(table)('%s while %s', async (event, status) => {
    const id = await reach(status);
    const body: Record<string, unknown> = { event };
    if (event === 'approved') body.filingNumbers = { entity: '闽ICP备26000002号', websites: ['闽ICP备26000002号-1'] };
    if (event === 'rejected') body.reason = '主体信息与证件不符';
    const response = await act(supervisor, id, 'miit-events', body);
    if (ALLOWED[event].includes(status)) {
      expect(response.status).toBe(200);
      expect(response.body.status).toBe(TARGET[event]);
    } else {
      expect(response.status).toBe(409);
      expect((await read(supervisor, id)).status).toBe(status);
    }
  });
});

describe('approved', () => {
  test('validates the filing numbers', async () => {
    const id = await reach('miit_review');
    const cases: Array<[unknown, string]> = [
      [undefined, 'filingNumbers.entity'],
      [{ entity: '闽ICP备123号', websites: ['闽ICP备123号-1'] }, 'filingNumbers.entity'],
      [{ entity: '粤ICP备26000003号', websites: ['粤ICP备26000003号-1'] }, 'filingNumbers.entity'],
      [{ entity: '闽ICP备26000003号', websites: [] }, 'filingNumbers.websites'],
      [{ entity: '闽ICP备26000003号', websites: ['闽ICP备26000004号-1'] }, 'filingNumbers.websites[0]'],
      [{ entity: '闽ICP备26000003号', websites: ['闽ICP备26000003号-01'] }, 'filingNumbers.websites[0]'],
    ];
    for (const [filingNumbers, path] of cases) {
      const response = await act(supervisor, id, 'miit-events', { event: 'approved', filingNumbers });
      expect(response.status).toBe(400);
      expect(response.body.errors).toHaveProperty([path]);
    }
    const ok = await act(supervisor, id, 'miit-events', { event: 'approved', filingNumbers: { entity: '闽ICP备26000003号', websites: ['闽ICP备26000003号-1'] } });
    expect(ok.status).toBe(200);
    expect(ok.body.filingNumbers).toEqual({ entity: '闽ICP备26000003号', websites: ['闽ICP备26000003号-1'] });
  });

  test('becomes the record, searchable by number and domain, and emails the customer', async () => {
    const id = await reach('approved');
    const filings = await specialist.agent.get(`/api/filings?filter=${encodeURIComponent(JSON.stringify({ q: '26000001' }))}`);
    expect(filings.body).toEqual([expect.objectContaining({ domain: 'xilantea.cn', filingNumber: '闽ICP备26000001号-1', entityFilingNumber: '闽ICP备26000001号' })]);
    const byNumber = await specialist.agent.get(`/api/submissions?filter=${encodeURIComponent(JSON.stringify({ q: '闽icp备26000001号' }))}`);
    expect(byNumber.body.map((r: any) => r.id)).toEqual([id]);
    const email = await t.db('emails').where({ submission_id: id, kind: 'approved' }).first();
    expect(email.text_body).toContain('闽ICP备26000001号-1');
    expect(email.text_body).toContain('https://beian.miit.gov.cn');
  });

  test('website numbers stay unique within the entity', async () => {
    await reach('approved');
    const id = await reach('miit_review');
    const clash = await act(supervisor, id, 'miit-events', { event: 'approved', filingNumbers: { entity: '闽ICP备26000001号', websites: ['闽ICP备26000001号-1'] } });
    expect(clash.status).toBe(400);
    expect(clash.body.errors['filingNumbers.websites[0]']).toMatch(/already used/);
  });
});

describe('returned by MIIT', () => {
  test('needs a reason and tells the customer', async () => {
    const id = await reach('miit_review');
    expect((await act(supervisor, id, 'miit-events', { event: 'rejected' })).status).toBe(400);
    expect((await act(supervisor, id, 'miit-events', { event: 'rejected', reason: '网站名称涉及前置审批内容' })).status).toBe(200);
    const email = await t.db('emails').where({ submission_id: id, kind: 'miit_rejected' }).first();
    expect(email.text_body).toContain('网站名称涉及前置审批内容');
    const record = await read(supervisor, id);
    expect(record.allowedActions).not.toContain('miit_event');
  });
});

describe('SMS clock', () => {
  test('expires after 24 hours exactly once, with an email', async () => {
    const id = await reach('sms_pending');
    const record = await read(supervisor, id);
    const deadline = new Date(record.smsDeadline);
    expect(await expireSmsVerifications(t.db, new Date(deadline.getTime() - 1000))).toEqual([]);
    expect(await expireSmsVerifications(t.db, new Date(deadline.getTime() + 1000))).toEqual([record.reference]);
    expect(await expireSmsVerifications(t.db, new Date(deadline.getTime() + 60_000))).toEqual([]);
    const after = await read(supervisor, id);
    expect(after.status).toBe('sms_expired');
    expect(await t.db('emails').where({ submission_id: id, kind: 'sms_expired' })).toHaveLength(1);
    const events = await t.db('audit_events').where({ submission_id: id, action: 'miit_sms_expired' });
    expect(events).toHaveLength(1);
    expect(events[0].actor_label).toBe('sms-clock');
  });

  test('a supervisor can forward again after expiry', async () => {
    const id = await reach('sms_expired');
    const again = await act(supervisor, id, 'reforward');
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('sms_pending');
    expect(await t.db('emails').where({ submission_id: id, kind: 'forwarded' })).toHaveLength(2);
  });
});

describe('withdrawal', () => {
  test('cancels the queued emails and records how many', async () => {
    const id = await reach('sms_pending');
    const withdrawn = await act(supervisor, id, 'withdraw', { reason: '客户来电撤回' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');

    const [email] = await t.db('emails').where({ submission_id: id, kind: 'forwarded' });
    expect(email.status).toBe('cancelled');
    expect(email.last_error).toMatch(/withdrawn/);
    const [event] = await t.db('audit_events').where({ submission_id: id, action: 'withdraw' });
    expect(event.detail).toEqual({ reason: '客户来电撤回', cancelledEmails: 1 });
  });

  test('leaves sent emails, cancels one being sent', async () => {
    const id = await reach('sms_expired');
    await t.db('emails').where({ submission_id: id, kind: 'forwarded' }).update({ status: 'sent', sent_at: new Date() });
    await t.db('emails')
      .where({ submission_id: id, kind: 'sms_expired' })
      .update({ locked_until: new Date(Date.now() + 60_000) });

    expect((await act(supervisor, id, 'withdraw', { reason: '客户放弃' })).status).toBe(200);
    const statuses = await t.db('emails').where({ submission_id: id }).orderBy('kind').pluck('status');
    expect(statuses).toEqual(['sent', 'cancelled']);
  });

  test('an email of a withdrawn application is not resent', async () => {
    const id = await reach('sms_pending');
    await t.db('emails').where({ submission_id: id }).update({ status: 'failed', attempts: 10 });
    expect((await act(supervisor, id, 'withdraw', { reason: '客户放弃' })).status).toBe(200);
    const email = await t.db('emails').where({ submission_id: id }).first('id', 'status');
    expect(email.status).toBe('failed');

    const resend = await supervisor.agent.post(`/api/emails/${email.id}/resend`).set('X-XSRF-TOKEN', supervisor.xsrf);
    expect(resend.status).toBe(409);
    expect(resend.body.message).toMatch(/withdrawn/);
    expect((await t.db('emails').where({ id: email.id }).first('status')).status).toBe('failed');
  });

  test('needs a reason', async () => {
    const id = await reach('sms_pending');
    const response = await act(supervisor, id, 'withdraw', { reason: ' ' });
    expect(response.status).toBe(400);
    expect(response.body.errors.reason).toBeDefined();
    expect((await t.db('emails').where({ submission_id: id }).first('status')).status).toBe('queued');
  });
});

describeOnRealPostgres('SMS clock with two workers (real PostgreSQL)', () => {
  test('each application expires once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await reach('sms_pending', i % 2 ? 'new_website' : 'new_filing'));
    const later = new Date(Date.now() + 25 * 3600 * 1000);
    const [a, b] = await Promise.all([expireSmsVerifications(t.db, later), expireSmsVerifications(t.db, later)]);
    expect(a.length + b.length).toBe(6);
    expect(new Set([...a, ...b]).size).toBe(6);
    const events = await t.db('audit_events').whereIn('submission_id', ids).andWhere({ action: 'miit_sms_expired' });
    expect(events).toHaveLength(6);
    expect(await t.db('emails').whereIn('submission_id', ids).andWhere({ kind: 'sms_expired' })).toHaveLength(6);
  });
});

describe('CSV import', () => {
  test('applies the good lines and reports the bad ones', async () => {
    const verify = await reach('sms_pending');
    const approve = await reach('miit_review', 'new_website');
    const pending = await reach('pending_review', 'access_transfer');
    const refs: Record<string, string> = {};
    for (const [key, id] of Object.entries({ verify, approve, pending })) refs[key] = (await read(supervisor, id)).reference;

    const verifiedAt = new Date(Date.now() + 1000).toISOString();
    const csv = [
      'reference,event,filing_number,reason,occurred_at',
      `${refs.verify},sms_verified,,,${verifiedAt}`,
      `${refs.approve},approved,浙ICP备2024012345号,,`,
      `${refs.pending},sms_verified,,,`,
      `BA0000-999999,approved,闽ICP备26000011号,,`,
      `${refs.verify},teleported,,,`,
      `${refs.verify},rejected,,,`,
    ].join('\n');
    const response = await supervisor.agent
      .post('/api/miit-events/import')
      .set('X-XSRF-TOKEN', supervisor.xsrf)
      .attach('file', Buffer.from(csv), 'miit.csv');

    expect(response.status).toBe(200);
    expect(response.body.applied).toEqual([
      { line: 2, reference: refs.verify, event: 'sms_verified', status: 'miit_review' },
      { line: 3, reference: refs.approve, event: 'approved', status: 'approved' },
    ]);
    expect(response.body.failed.map((f: any) => [f.line, f.reference])).toEqual([
      [4, refs.pending],
      [5, 'BA0000-999999'],
      [6, refs.verify],
      [7, refs.verify],
    ]);
    expect(response.body.failed[0].message).toMatch(/pending_review/);
    expect(response.body.failed[1].message).toMatch(/unknown reference/);
    expect(response.body.failed[2].message).toMatch(/unknown event/);
    expect(response.body.failed[3].message).toMatch(/reason/);

    const approved = await read(supervisor, approve);
    expect(approved.filingNumbers).toEqual({ entity: '浙ICP备2024012345号', websites: ['浙ICP备2024012345号-2'] });
    expect((await read(supervisor, verify)).smsVerifiedAt).toBe(verifiedAt);
    expect((await read(supervisor, pending)).status).toBe('pending_review');
  });

  test('reads Beijing times without an offset and refuses a date alone', async () => {
    const verify = await reach('sms_pending');
    const other = await reach('sms_pending', 'new_website');
    const refs = [(await read(supervisor, verify)).reference, (await read(supervisor, other)).reference];
    const forwardedAt = new Date((await read(supervisor, verify)).forwardedAt);
    // One minute after forwarding, written the way Excel saves a Beijing time.
    const later = new Date(forwardedAt.getTime() + 60_000 + 8 * 3600_000);
    const excelTime = `${later.getUTCFullYear()}/${later.getUTCMonth() + 1}/${later.getUTCDate()} ${later.getUTCHours()}:${String(later.getUTCMinutes()).padStart(2, '0')}`;
    const csv = [
      'reference,event,filing_number,reason,occurred_at',
      `${refs[0]},sms_verified,,,${excelTime}`,
      `${refs[1]},sms_verified,,,2026-12-05`,
    ].join('\n');
    const response = await supervisor.agent
      .post('/api/miit-events/import')
      .set('X-XSRF-TOKEN', supervisor.xsrf)
      .attach('file', Buffer.from(csv), 'miit.csv');

    expect(response.body.applied.map((a: any) => a.reference)).toEqual([refs[0]]);
    const verifiedAt = new Date((await read(supervisor, verify)).smsVerifiedAt);
    expect(verifiedAt.getTime()).toBe(Math.floor((forwardedAt.getTime() + 60_000) / 60_000) * 60_000);
    expect(response.body.failed).toEqual([
      { line: 3, reference: refs[1], message: expect.stringMatching(/"2026-12-05" is not a time: write 2026-12-05T09:30:00\+08:00/) },
    ]);
  });

  test('reads GBK files, counts blank lines, rejects times before the step', async () => {
    const first = await reach('sms_pending');
    const second = await reach('miit_review', 'new_website');
    const refs = [(await read(supervisor, first)).reference, (await read(supervisor, second)).reference];
    const text = [
      'reference,event,filing_number,reason,occurred_at',
      '',
      `${refs[0]},sms_verified,,,2020-01-01T10:00:00+08:00`,
      `${refs[1]},rejected,,网站名称与备案主体不符,`,
    ].join('\r\n');
    const gbk = Buffer.from(new Uint8Array(encodeGbk(text)));
    const response = await supervisor.agent.post('/api/miit-events/import').set('X-XSRF-TOKEN', supervisor.xsrf).attach('file', gbk, 'gbk.csv');
    expect(response.status).toBe(200);
    expect(response.body.failed).toEqual([expect.objectContaining({ line: 3, reference: refs[0] })]);
    expect(response.body.failed[0].message).toMatch(/before/);
    expect(response.body.applied).toEqual([expect.objectContaining({ line: 4, reference: refs[1], event: 'rejected' })]);
    const email = await t.db('emails').where({ submission_id: second, kind: 'miit_rejected' }).first();
    expect(email.text_body).toContain('网站名称与备案主体不符');
  });

  test('a wrong header is a 400', async () => {
    const response = await supervisor.agent
      .post('/api/miit-events/import')
      .set('X-XSRF-TOKEN', supervisor.xsrf)
      .attach('file', Buffer.from('ref,what\nx,y'), 'bad.csv');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/header/);
  });

  test('a specialist may not import', async () => {
    const response = await specialist.agent
      .post('/api/miit-events/import')
      .set('X-XSRF-TOKEN', specialist.xsrf)
      .attach('file', Buffer.from('reference,event,filing_number,reason,occurred_at\n'), 'a.csv');
    expect(response.status).toBe(403);
  });
});

describe('dashboard', () => {
  test('counts by status and lists due SMS verifications', async () => {
    await reach('sms_pending');
    await reach('pending_review', 'new_website');
    const response = await supervisor.agent.get('/api/dashboard');
    expect(response.status).toBe(200);
    const counts = Object.fromEntries(response.body.byStatus.map((row: any) => [row.status, row.count]));
    expect(counts).toEqual({ sms_pending: 1, pending_review: 1 });
    expect(response.body.smsDueSoon).toEqual([]);
    expect(response.body.queueAge.find((b: any) => b.bucket === '<4h').count).toBe(1);
    expect(response.body.decisionsPerSpecialist).toEqual([
      expect.objectContaining({ userName: 'specialist', forwarded: 1, rejected: 0 }),
    ]);
    expect(response.body.funnel.forwarded).toBe(1);
  });

  test('queue age counts only unclaimed applications', async () => {
    await reach('pending_review');
    await reach('in_review', 'new_website');
    const response = await supervisor.agent.get('/api/dashboard');
    expect(response.status).toBe(200);
    const total = response.body.queueAge.reduce((sum: number, b: any) => sum + b.count, 0);
    expect(total).toBe(1);
  });

  test('top rules omit hand-written reasons', async () => {
    const id = await reach('in_review');
    const reasons = [
      { ruleId: 'materials.too_large', path: 'materials[0]', text: '材料过大' },
      { ruleId: 'materials.too_large', path: 'materials[1]', text: '材料过大' },
      { text: '请补充说明网站用途' },
    ];
    expect((await act(specialist, id, 'reject', { reasons })).status).toBe(200);
    const response = await supervisor.agent.get('/api/dashboard');
    expect(response.status).toBe(200);
    expect(response.body.topRejectionRules).toEqual([{ ruleId: 'materials.too_large', count: 2 }]);
  });
});
