import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loginAs, startTestApp, type LoggedInAgent, type TestApp } from '../support/app';
import { loadExample } from '../support/fixtures';
import { act, intake } from '../support/workflow';

let t: TestApp;
let site: http.Server;
let specialist: LoggedInAgent;
let page = '';

beforeAll(async () => {
  site = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const port = (site.address() as AddressInfo).port;
  t = await startTestApp({}, { allowPrivateNetwork: true, timeoutMs: 2000, urlsFor: () => [`http://127.0.0.1:${port}/`] });
  specialist = await loginAs(t, 'specialist');
});

afterAll(async () => {
  await t.close();
  await new Promise((resolve) => site.close(resolve));
});

describe('POST /api/submissions/:id/site-check', () => {
  test('a footer with the number linked to MIIT passes', async () => {
    const application = loadExample('new_website');
    const existing = application.websites[0];
    page = `<html><head><title>${existing.name}</title></head><body>
      <footer><a href="https://beian.miit.gov.cn/">${existing.filingNumber}</a></footer></body></html>`;
    const { id } = await intake(t, { ...application, externalId: 'SITE-OK' });
    const response = await act(specialist, id, 'site-check');
    expect(response.status).toBe(200);
    expect(response.body.findings.filter((f: any) => f.rule.startsWith('site.'))).toEqual([]);
  });

  test('a page without the footer gets site findings, replaced on the next run', async () => {
    const application = loadExample('new_website');
    page = '<html><head><title>Welcome</title></head><body>nothing here</body></html>';
    const { id } = await intake(t, { ...application, externalId: 'SITE-BAD' });
    const response = await act(specialist, id, 'site-check');
    expect(response.status).toBe(200);
    const rules = response.body.findings.filter((f: any) => f.source === 'site').map((f: any) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['site.footer.filing_number_missing', 'site.title_mismatch']));
    expect(response.body.errorCount).toBeGreaterThan(0);

    const existing = application.websites[0];
    page = `<html><head><title>${existing.name}</title></head><body><a href="https://beian.miit.gov.cn">${existing.filingNumber}</a></body></html>`;
    const again = await act(specialist, id, 'site-check');
    expect(again.body.findings.filter((f: any) => f.source === 'site')).toEqual([]);
  });
});
