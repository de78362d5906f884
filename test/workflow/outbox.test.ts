import { smtpTransport, type MailTransport } from '../../server/src/jobs/mail-transport';
import { MAX_ATTEMPTS, sendDueEmails } from '../../server/src/jobs/outbox';
import { logger } from '../../server/src/logger';
import { enqueueCustomerEmail } from '../../server/src/services/customer-emails';
import { loginAs, startTestApp, type LoggedInAgent, type TestApp } from '../support/app';
import { describeOnRealPostgres } from '../support/db';
import { loadExample } from '../support/fixtures';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { act, forwardWithOverrides, intake } from '../support/workflow';

let t: TestApp;
let smtp: TestSmtpServer;
let specialist: LoggedInAgent;
let counter = 0;
const FROM = 'ICP备案服务 <beian@example.com>';
const log = logger.child({ test: 'outbox' });

async function rejectOne(entityName = '厦门溪岚茶业有限公司') {
  const application = JSON.parse(JSON.stringify(loadExample('new_filing')));
  application.externalId = `OUTBOX-${++counter}`;
  application.entity.name = entityName;
  const { id } = await intake(t, application);
  expect((await act(specialist, id, 'claim')).status).toBe(200);
  const reasons = [
    { path: 'websites[0].principal.mobile', text: '负责人电话两次无法接通', suggestion: '保持电话畅通后重新提交' },
    { path: 'entity.name', text: '主办单位名称与营业执照不一致', suggestion: '按证件原文逐字填写' },
  ];
  expect((await act(specialist, id, 'reject', { reasons })).status).toBe(200);
  return { id, application };
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp();
  specialist = await loginAs(t, 'specialist');
});

afterAll(async () => {
  await t.close();
  await smtp.close();
});

beforeEach(async () => {
  smtp.messages.length = 0;
  smtp.setDown(false);
  await t.db('emails').delete();
});

describe('rejection email over SMTP', () => {
  test('arrives with subject, every reason and escaped applicant text', async () => {
    const { application } = await rejectOne('<script>alert(1)</script>溪岚公司');
    const transport = smtpTransport(smtp.url);
    const outcome = await sendDueEmails(t.db, transport, { from: FROM, log });
    transport.close();
    expect(outcome.sent).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0];
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.text).toBe(application.applicant.email);
    expect(mail.subject).toMatch(/驳回|未通过|退回/);
    expect(mail.text).toContain('负责人电话两次无法接通');
    expect(mail.text).toContain('保持电话畅通后重新提交');
    expect(mail.text).toContain('主办单位名称与营业执照不一致');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}\.BA\d{4}-\d{6}@localhost>$/);
    const row = await t.db('emails').first();
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
    expect(`<${mail.messageId?.replace(/^<|>$/g, '')}>`).toBe(row.message_id);
  });

  test('a subject cannot carry injected headers', async () => {
    await rejectOne('溪岚\r\nBcc: victim@example.com');
    const transport = smtpTransport(smtp.url);
    await sendDueEmails(t.db, transport, { from: FROM, log });
    transport.close();
    expect(smtp.raw[smtp.raw.length - 1]).not.toMatch(/^Bcc:/m);
    expect(smtp.messages[0].bcc).toBeUndefined();
  });
});

describe('SMTP outage', () => {
  test('retries with back-off, then delivers once the server is up', async () => {
    await rejectOne();
    smtp.setDown(true);
    const transport = smtpTransport(smtp.url);
    let now = new Date();
    const clock = () => now;
    const first = await sendDueEmails(t.db, transport, { from: FROM, log, now: clock });
    expect(first).toEqual({ sent: 0, failed: 0, retried: 1 });
    let row = await t.db('emails').first();
    expect(row.status).toBe('queued');
    expect(row.last_error).toMatch(/unavailable|simulated/);
    expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThan(now.getTime());

    // Not due yet: nothing is tried.
    expect(await sendDueEmails(t.db, transport, { from: FROM, log, now: clock })).toEqual({ sent: 0, failed: 0, retried: 0 });

    // An hour of outage: keep trying as each back-off passes.
    for (let i = 0; i < 5; i++) {
      now = new Date(new Date(row.next_attempt_at).getTime() + 1000);
      await sendDueEmails(t.db, transport, { from: FROM, log, now: clock });
      row = await t.db('emails').first();
    }
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(6);

    smtp.setDown(false);
    now = new Date(new Date(row.next_attempt_at).getTime() + 1000);
    expect((await sendDueEmails(t.db, transport, { from: FROM, log, now: clock })).sent).toBe(1);
    transport.close();
    expect(smtp.messages).toHaveLength(1);
    expect((await t.db('emails').first()).status).toBe('sent');
  });

  test('after the last attempt the email is failed and can be resent', async () => {
    await rejectOne();
    smtp.setDown(true);
    const transport = smtpTransport(smtp.url);
    let now = new Date();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await sendDueEmails(t.db, transport, { from: FROM, log, now: () => now });
      const row = await t.db('emails').first();
      now = new Date(new Date(row.next_attempt_at).getTime() + 1000);
    }
    const failed = await t.db('emails').first();
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });

    const supervisor = await loginAs(t, 'supervisor');
    const list = await supervisor.agent.get(`/api/emails?filter=${encodeURIComponent(JSON.stringify({ status: 'failed' }))}`);
    expect(list.body.map((e: any) => e.id)).toEqual([failed.id]);
    expect((await specialist.agent.post(`/api/emails/${failed.id}/resend`).set('X-XSRF-TOKEN', specialist.xsrf)).status).toBe(403);
    const resend = await supervisor.agent.post(`/api/emails/${failed.id}/resend`).set('X-XSRF-TOKEN', supervisor.xsrf);
    expect(resend.status).toBe(200);
    expect(resend.body.status).toBe('queued');

    smtp.setDown(false);
    expect((await sendDueEmails(t.db, transport, { from: FROM, log })).sent).toBe(1);
    transport.close();
    expect(smtp.messages).toHaveLength(1);
  });

  test('a withdrawal during a failing send stops the retries', async () => {
    const application = JSON.parse(JSON.stringify(loadExample('new_filing')));
    application.externalId = `OUTBOX-${++counter}`;
    const { id } = await intake(t, application);
    expect((await forwardWithOverrides(specialist, id)).status).toBe(200);
    const supervisor = await loginAs(t, 'supervisor');
    smtp.setDown(true);
    const real = smtpTransport(smtp.url);
    // The supervisor records the withdrawal while the SMTP attempt is under way.
    const transport: MailTransport = {
      send: async (email) => {
        expect((await act(supervisor, id, 'withdraw', { reason: '客户来电撤回' })).status).toBe(200);
        await real.send(email);
      },
      close: () => real.close(),
    };

    expect(await sendDueEmails(t.db, transport, { from: FROM, log })).toEqual({ sent: 0, failed: 0, retried: 0 });
    const row = await t.db('emails').where({ submission_id: id }).first();
    expect(row.status).toBe('cancelled');

    smtp.setDown(false);
    const later = new Date(Date.now() + 3600_000);
    expect((await sendDueEmails(t.db, real, { from: FROM, log, now: () => later })).sent).toBe(0);
    real.close();
    expect(smtp.messages).toHaveLength(0);
  });

  test('a worker killed mid-send leaves the email to another worker after the lease', async () => {
    await rejectOne();
    const claimedAt = new Date();
    // A worker claimed it and died: attempts counted, lease set, nothing sent.
    await t.db('emails').update({ attempts: 1, locked_until: new Date(claimedAt.getTime() + 120_000) });
    const transport = smtpTransport(smtp.url);
    expect((await sendDueEmails(t.db, transport, { from: FROM, log, now: () => claimedAt })).sent).toBe(0);
    const later = new Date(claimedAt.getTime() + 121_000);
    expect((await sendDueEmails(t.db, transport, { from: FROM, log, now: () => later })).sent).toBe(1);
    transport.close();
    expect(smtp.messages).toHaveLength(1);
  });
});

describeOnRealPostgres('two workers (real PostgreSQL)', () => {
  test('never send the same email twice', async () => {
    for (let i = 0; i < 6; i++) await rejectOne();
    const transports = [smtpTransport(smtp.url), smtpTransport(smtp.url)];
    const results = await Promise.all(transports.map((transport) => sendDueEmails(t.db, transport, { from: FROM, log, batch: 4 })));
    const rest = await sendDueEmails(t.db, transports[0], { from: FROM, log });
    for (const transport of transports) transport.close();
    expect(results[0].sent + results[1].sent + rest.sent).toBe(6);
    expect(smtp.messages).toHaveLength(6);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(6);
  });
});

test('the same event never queues a second email', async () => {
  const { id } = await rejectOne();
  const rejection = await t.db('rejections').where({ submission_id: id }).first();
  const before = await t.db('emails').count({ count: '*' });
  await t.db.transaction(async (trx) => {
    const row = await trx('submissions').where({ id }).first();
    await enqueueCustomerEmail(trx, row, { kind: 'rejected', eventKey: `rejected:${rejection.id}`, reasons: [{ text: 'x' }] });
  });
  expect(await t.db('emails').count({ count: '*' })).toEqual(before);
});
