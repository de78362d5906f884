import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import { loadExample, submitApplication } from '../support/fixtures';
import { describeWithBrowser, launchBrowser } from './browser';

let t: TestApp;
let server: Server;
let baseUrl: string;
let browser: Browser;
const outsideRequests: string[] = [];

const newPage = async (): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outsideRequests.push(url.href);
    return route.abort();
  });
  return page;
};

const logIn = async (page: Page, username: string) => {
  await page.goto(`${baseUrl}/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('[aria-label="个人信息"]');
};

/** Submits an application whose only website IP lies outside the provider's ranges (one error finding). */
const submitWithForeignIp = async () => {
  const application = loadExample('new_filing');
  application.externalId = `UI-E2E-${Date.now()}`;
  application.websites[0].ips = ['192.0.2.10'];
  const response = await submitApplication(t.app, application);
  expect(response.status).toBeLessThan(300);
};

describeWithBrowser('review console in a browser', () => {
  beforeAll(async () => {
    t = await startTestApp();
    await submitWithForeignIp();
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
  });

  test('queue shows Chinese status labels', async () => {
    const page = await newPage();
    await logIn(page, 'specialist');
    await page.goto(`${baseUrl}/#/submissions`);
    await page.locator('table').getByText('待初审').first().waitFor({ state: 'visible' });
    await page.close();
  });

  test('next, finding focus, then reject', async () => {
    const page = await newPage();
    await logIn(page, 'specialist');
    await page.goto(`${baseUrl}/#/submissions`);
    await page.getByRole('button', { name: '下一个' }).click();
    await page.waitForSelector('[data-testid="submission-reference"]');
    await page.locator('.MuiChip-root').getByText('审核中').first().waitFor({ state: 'visible' });

    const ipField = page.locator('[data-path="websites[0].ips[0]"]');
    expect(await ipField.getAttribute('data-severity')).toBe('error');
    await page.locator('[data-rule="website.ip.not_provider"]').click();
    await page.waitForTimeout(800);
    const box = await ipField.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);

    await page.locator('[data-action="reject"]').click();
    const reasons = page.locator('[data-testid="reject-reason"]');
    expect(await reasons.count()).toBe(1);
    expect(await reasons.first().locator('input').first().inputValue()).toBe('网站1 IP地址1');
    await reasons.first().getByText('websites[0].ips[0]').waitFor();

    // A second reason about the website's name, chosen by typing its label.
    await page.getByRole('button', { name: '添加理由' }).click();
    const second = reasons.nth(1);
    await second.locator('input').first().fill('网站1 名称');
    await page.getByRole('option').filter({ hasText: 'websites[0].name' }).first().click();
    await second.getByText('websites[0].name').waitFor();
    await second.getByLabel('问题').fill('网站名称与内容不符');

    // A slow preview, and an edit while it loads: what is sent is what was previewed.
    await page.route('**/reject/preview', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.getByRole('button', { name: '预览驳回邮件' }).click();
    await second.getByLabel('问题').fill('预览之后才改的文字');
    const preview = page.locator('[data-testid="reject-preview"]');
    await preview.frameLocator('iframe').getByText('网站名称与内容不符').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '确认驳回并通知客户' }).click();
    await page.locator('.MuiChip-root').getByText('已驳回').first().waitFor({ state: 'visible', timeout: 5000 });

    const row = await t.db('submissions').where({ status: 'rejected' }).first();
    expect(row).toBeDefined();
    const rejection = await t.db('rejections').where({ submission_id: row.id }).first();
    expect(rejection.reasons.map((reason: { path?: string }) => reason.path)).toEqual(['websites[0].ips[0]', 'websites[0].name']);
    expect(rejection.reasons[1].text).toBe('网站名称与内容不符');
    await page.close();
  });

  test('forward overrides the error', async () => {
    await submitWithForeignIp();
    const page = await newPage();
    await logIn(page, 'specialist2');
    await page.goto(`${baseUrl}/#/submissions`);
    await page.getByRole('button', { name: '下一个' }).click();
    await page.waitForSelector('[data-testid="submission-reference"]');

    await page.locator('[data-action="forward"]').click();
    const overrides = page.locator('[data-testid="forward-override"]');
    expect(await overrides.count()).toBe(1);
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByText('必填').waitFor({ state: 'visible' });

    await overrides.first().locator('textarea').first().fill('IP 段已向网络部核实，属于新划入的地址');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.locator('.MuiChip-root').getByText('待短信核验').first().waitFor({ state: 'visible', timeout: 5000 });
    await page.close();
  });

  test('no request leaves 127.0.0.1', () => {
    expect(outsideRequests).toEqual([]);
  });
});
