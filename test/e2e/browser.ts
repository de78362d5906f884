import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');
export const UI_INDEX = path.resolve(__dirname, '../../admin-ui/dist/index.html');

/**
 * Runs a browser suite when Debian's Chromium is installed. On CI a missing
 * browser or console build fails the run. Elsewhere the suite is skipped
 * with a warning, so a newcomer without Chromium can still run the rest.
 */
export function describeWithBrowser(name: string, body: () => void): void {
  const ready = fs.existsSync(CHROMIUM) && fs.existsSync(UI_INDEX);
  if (ready || process.env.CI) {
    describe(name, body);
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`skipping "${name}": install chromium (apt-get install chromium fonts-wqy-microhei) and run npm run build:ui`);
  describe.skip(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Opens a page that aborts, and records, every request not sent to 127.0.0.1. */
export async function openPage(browser: Browser, outside: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return page;
}

export async function logIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('[aria-label="个人信息"]');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}
