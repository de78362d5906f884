import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { seedDemoData } from '../../db/seeds/demo';
import { smtpTransport } from '../../server/src/jobs/mail-transport';
import { sendDueEmails } from '../../server/src/jobs/outbox';
import { logger } from '../../server/src/logger';
import { startTestApp, type TestApp } from '../support/app';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { describeWithBrowser, launchBrowser, logIn, openPage, screenshot } from './browser';

let t: TestApp;
let smtp: TestSmtpServer;
let server: Server;
let baseUrl: string;
let browser: Browser;
const outside: string[] = [];
const filterUrl = (filter: object) => `${baseUrl}/#/submissions?filter=${encodeURIComponent(JSON.stringify(filter))}`;

describeWithBrowser('console on the demo data', () => {
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp();
    await t.db('sessions').delete();
    await t.db('users').delete();
    await seedDemoData(t.db, t.config);
    await t.db('emails').update({ status: 'sent', sent_at: new Date() });
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
    await smtp?.close();
  });

  test('specialist filters the queue and opens an application', async () => {
    const page = await openPage(browser, outside);
    await logIn(page, baseUrl, 'specialist');
    await page.goto(`${baseUrl}/#/submissions`);
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, 'queue.png');

    await page.getByPlaceholder('搜索').fill('榕荫');
    await page.locator('table tbody tr', { hasText: '榕荫' }).first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    await page.locator('table tbody tr').first().click();
    await page.waitForSelector('[data-testid="submission-reference"]');
    await page.getByText('福州榕荫民宿管理有限公司').first().waitFor();
    await page.locator('[data-testid="material-thumbnail"]').first().waitFor();
    expect(await page.locator('[data-testid="material-thumbnail"]').count()).toBeGreaterThanOrEqual(6);
    await page.locator('[data-rule="materials.too_large"]').first().waitFor();
    await screenshot(page, 'application.png');

    await page.locator('[data-testid="material-thumbnail"]').first().click();
    const image = page.locator('[data-testid="material-viewer-image"]');
    await image.waitFor();
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '旋转 90°' }).click();
    expect(await image.evaluate((el) => getComputedStyle(el).transform)).not.toBe('none');
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="material-viewer-image"]') as HTMLImageElement | null;
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    await screenshot(page, 'document-viewer.png');
    await page.close();
  });

  test('specialist claims, rejects with reasons, and the email lands', async () => {
    const page = await openPage(browser, outside);
    await logIn(page, baseUrl, 'specialist2');
    await page.goto(filterUrl({ status: 'pending_review', hasErrors: true }));
    const row = page.locator('table tbody tr', { hasText: '合肥徽岚' });
    await row.waitFor();
    await row.click();
    await page.locator('[data-action="claim"]').click();
    await page.locator('.MuiChip-root').getByText('审核中').first().waitFor();
    await page.locator('[data-rule="website.server.outside_mainland"]').first().waitFor();

    await page.locator('[data-action="reject"]').click();
    const reasons = page.locator('[data-testid="reject-reason"]');
    await reasons.first().waitFor();
    expect(await reasons.count()).toBeGreaterThanOrEqual(1);
    // Let the dialog's fade-in finish before the picture.
    await page.waitForTimeout(500);
    await screenshot(page, 'reject-dialog.png');
    await page.getByRole('button', { name: '预览驳回邮件' }).click();
    const preview = page.locator('[data-testid="reject-preview"]');
    await preview.frameLocator('iframe').getByText('合肥徽岚', { exact: false }).first().waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'reject-preview.png');
    await page.getByRole('dialog').getByRole('button', { name: '确认驳回并通知客户' }).click();
    await page.locator('.MuiChip-root').getByText('已驳回').first().waitFor();

    const submission = await t.db('submissions').where('entity_name', 'like', '合肥徽岚%').first();
    expect(submission.status).toBe('rejected');
    const transport = smtpTransport(smtp.url);
    const outcome = await sendDueEmails(t.db, transport, { from: 'ICP备案服务 <beian@example.com>', log: logger });
    transport.close();
    expect(outcome.sent).toBe(1);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0].text).toContain(submission.reference);
    expect(smtp.messages[0].text).toMatch(/境外|香港|服务器/);

    await page.goto(`${baseUrl}/#/emails`);
    await page.locator('table tbody tr').first().click();
    await page.frameLocator('iframe').locator('body').waitFor();
    await screenshot(page, 'email-preview.png');
    await page.close();
  });

  test('supervisor sees the dashboard and records an SMS verification', async () => {
    const page = await openPage(browser, outside);
    await logIn(page, baseUrl, 'supervisor');
    await page.goto(`${baseUrl}/#/`);
    await page.locator('.recharts-surface').first().waitFor();
    await page.waitForTimeout(800);
    await screenshot(page, 'dashboard.png');

    const dueSoon = await t.db('submissions').where({ status: 'sms_pending' }).orderBy('sms_deadline').first();
    await page.getByText(dueSoon.reference).first().click();
    await page.waitForSelector('[data-testid="submission-reference"]');
    await page.locator('[data-action="miit_event"]').click();
    await page.getByRole('button', { name: '确认登记' }).click();
    await page.locator('.MuiChip-root').getByText('管局审核中').first().waitFor();
    const after = await t.db('submissions').where({ id: dueSoon.id }).first();
    expect(after.status).toBe('miit_review');
    expect(after.clock_kind).toBe('miit_review');

    // Under MIIT review, only MIIT's decision can follow.
    await page.locator('[data-action="miit_event"]').click();
    await page.getByRole('dialog').getByLabel('管局结果').click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toEqual(['备案成功', '管局退回']);
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('supervisor forwards an expired application again and records a withdrawal', async () => {
    const page = await openPage(browser, outside);
    await logIn(page, baseUrl, 'supervisor');
    const expired = await t.db('submissions').where({ status: 'sms_expired' }).first();
    await page.goto(`${baseUrl}/#/submissions/${expired.id}/show`);
    await page.locator('[data-action="reforward"]').click();
    await page.getByRole('button', { name: '确认重新提交' }).click();
    await page.locator('.MuiChip-root').getByText('待短信核验').first().waitFor();
    expect((await t.db('submissions').where({ id: expired.id }).first()).status).toBe('sms_pending');

    const pending = await t.db('submissions').where({ status: 'pending_review' }).first();
    await page.goto(`${baseUrl}/#/submissions/${pending.id}/show`);
    await page.locator('[data-action="withdraw"]').click();
    await page.getByRole('button', { name: '确认撤回' }).click();
    await page.getByText('必填').first().waitFor();
    await page.getByLabel('撤回原因（客户的说明或来电记录）').fill('客户来电取消，网站不再上线');
    await page.getByRole('button', { name: '确认撤回' }).click();
    await page.locator('.MuiChip-root').getByText('已撤回').first().waitFor();
    const audit = await t.db('audit_events').where({ submission_id: pending.id, action: 'withdraw' }).first();
    expect(audit.detail.reason).toBe('客户来电取消，网站不再上线');
    await page.close();
  });

  test('approved filings are searchable by filing number', async () => {
    const filing = await t.db('filed_websites').whereNotNull('filing_number').first();
    const page = await openPage(browser, outside);
    await logIn(page, baseUrl, 'specialist');
    await page.goto(`${baseUrl}/#/filings`);
    await page.locator('table tbody tr').first().waitFor();
    await page.getByLabel('搜索备案号、域名或主体').fill(filing.filing_number);
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    await page.locator('table tbody tr', { hasText: filing.domain }).waitFor();
    await page.close();
  });

  test('no request leaves 127.0.0.1', () => {
    expect(outside).toEqual([]);
  });
});
