import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchHomepages, fetchPage, homepageUrls } from '../../../server/src/jobs/site-check';
import { normaliseApplication } from '../../../server/src/domain/normalise';
import { evaluateSiteRules } from '../../../server/src/domain/rules/site';
import { unitApplication } from '../support/applications';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const routes = new Map<string, Handler>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const handler = routes.get(request.url ?? '');
    if (handler) handler(request, response);
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = { allowPrivateNetwork: true };
const signal = () => AbortSignal.timeout(2_000);

routes.set('/ok', (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<title>澄屿学堂</title><a href="https://beian.miit.gov.cn/">浙ICP备2024012345号-1</a>');
});
routes.set('/gbk', (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html' });
  // 澄屿学堂 in GBK.
  const title = Buffer.from([0xb3, 0xce, 0xd3, 0xec, 0xd1, 0xa7, 0xcc, 0xc3]);
  response.end(Buffer.concat([Buffer.from('<meta charset="gbk"><title>'), title, Buffer.from('</title>')]));
});
routes.set('/redirect-1', (_request, response) => response.writeHead(302, { location: '/ok' }).end());
for (let n = 1; n <= 7; n += 1) {
  routes.set(`/chain-${n}`, (_request, response) => response.writeHead(301, { location: `/chain-${n + 1}` }).end());
}
routes.set('/large', (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html' });
  response.end('x'.repeat(4096));
});
routes.set('/slow', (_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html' });
  response.write('<title>');
  setTimeout(() => response.end('</title>'), 5_000).unref();
});
routes.set('/error', (_request, response) => response.writeHead(500).end('failed'));

describe('fetchPage', () => {
  test('reads a 2xx page', async () => {
    const page = await fetchPage(0, `${base}/ok`, signal(), local);
    expect(page.status).toBe(200);
    expect(page.html).toContain('浙ICP备2024012345号-1');
  });

  test('decodes a GBK page by its meta charset', async () => {
    const page = await fetchPage(0, `${base}/gbk`, signal(), local);
    expect(page.html).toContain('澄屿学堂');
  });

  test('follows a redirect', async () => {
    const page = await fetchPage(0, `${base}/redirect-1`, signal(), local);
    expect(page.status).toBe(200);
    expect(page.finalUrl).toBe(`${base}/ok`);
  });

  test('stops after 5 redirects', async () => {
    const page = await fetchPage(0, `${base}/chain-1`, signal(), local);
    expect(page.error).toBe('too_many_redirects');
  });

  test('caps the body size', async () => {
    const page = await fetchPage(0, `${base}/large`, signal(), { ...local, maxBytes: 1024 });
    expect(page.error).toBe('too_large');
  });

  test('times out', async () => {
    const page = await fetchPage(0, `${base}/slow`, AbortSignal.timeout(300), local);
    expect(page.error).toBe('timeout');
  });

  test('keeps the status of an error page', async () => {
    const page = await fetchPage(0, `${base}/error`, signal(), local);
    expect(page.status).toBe(500);
    expect(page.html).toBeUndefined();
  });

  test('blocks loopback addresses by default', async () => {
    const page = await fetchPage(0, `${base}/ok`, signal());
    expect(page.error).toBe('blocked_address');
  });

  test('rejects other schemes', async () => {
    const page = await fetchPage(0, 'file:///etc/passwd', signal(), local);
    expect(page.error).toBe('invalid_url');
  });
});

describe('fetchHomepages', () => {
  test('fetches only websites filed before and feeds the rules', async () => {
    const app = normaliseApplication(unitApplication());
    const pages = await fetchHomepages(app, { ...local, urlsFor: () => [`${base}/ok`] });
    expect([...pages.keys()]).toEqual([0]);
    expect(evaluateSiteRules(app, pages).findings).toEqual([]);
  });

  test('reports an unreachable website', async () => {
    const app = normaliseApplication(unitApplication());
    const pages = await fetchHomepages(app, { ...local, urlsFor: () => [`${base}/error`] });
    expect(evaluateSiteRules(app, pages).findings.map((f) => f.rule)).toEqual(['site.unreachable']);
  });
});

describe('homepageUrls', () => {
  test('uses a homepage on the website domain', () => {
    const website = normaliseApplication(unitApplication()).websites[0];
    expect(homepageUrls(website)).toEqual(['https://www.chengyuxuetang.com/']);
  });

  test('falls back to the domain for a homepage elsewhere', () => {
    const website = normaliseApplication(unitApplication()).websites[0];
    website.homepage = 'http://127.0.0.1:5432/';
    expect(homepageUrls(website)).toEqual(['https://chengyuxuetang.com/', 'http://chengyuxuetang.com/']);
  });
});
