/**
 * Fetches the homepages of an application's websites filed before, for the
 * live-website rules (`evaluateSiteRules`). Uses Node's global fetch with a
 * time limit per website, a body size cap and redirects followed by hand,
 * so that every hop is checked before it is requested.
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import type { Application, Website } from '../domain/application';
import { isFiledBefore, type FetchedPage } from '../domain/rules/site';

export interface SiteFetchOptions {
  /** Time limit for one website, redirects and body included, in milliseconds. */
  timeoutMs?: number;
  /** Largest body read, in bytes; a larger page counts as `too_large`. */
  maxBytes?: number;
  maxRedirects?: number;
  /**
   * Allows hosts that resolve to loopback, private or other non-public
   * addresses. Off by default, so that a homepage URL cannot make the
   * console request its own network; tests on 127.0.0.1 turn it on.
   */
  allowPrivateNetwork?: boolean;
  /** Replaces the URLs tried for a website (tests point them at a local server). */
  urlsFor?: (website: Website, index: number) => string[];
}

const DEFAULTS = {
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
};
const USER_AGENT = 'icp-review-console site check';
const SNIFF_BYTES = 2048;

class FetchFailure extends Error {
  constructor(
    readonly kind: NonNullable<FetchedPage['error']>,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches the homepage of every `existing` or `modified` website, by website index. */
export async function fetchHomepages(
  app: Application,
  options: SiteFetchOptions = {},
): Promise<Map<number, FetchedPage>> {
  const jobs = app.websites.map(async (website, index) => {
    if (!isFiledBefore(website)) return null;
    const urls = options.urlsFor?.(website, index) ?? homepageUrls(website);
    return fetchFirstReachable(index, urls, options);
  });
  const pages = new Map<number, FetchedPage>();
  for (const page of await Promise.all(jobs)) {
    if (page) pages.set(page.websiteIndex, page);
  }
  return pages;
}

/**
 * Returns the URLs to try for a website: its homepage when that lies on
 * its own domain (or a subdomain), else https and then http on the domain.
 */
export function homepageUrls(website: Website): string[] {
  const domain = website.domains[0] ?? '';
  if (website.homepage) {
    try {
      const host = new URL(website.homepage).hostname;
      if (domain && (host === domain || host.endsWith(`.${domain}`))) return [website.homepage];
    } catch {
      // An unparsable homepage falls back to the domain.
    }
  }
  return domain ? [`https://${domain}/`, `http://${domain}/`] : [];
}

async function fetchFirstReachable(
  websiteIndex: number,
  urls: string[],
  options: SiteFetchOptions,
): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? DEFAULTS.timeoutMs);
  let last: FetchedPage = { websiteIndex, url: urls[0] ?? '', error: 'invalid_url', errorMessage: 'no URL to fetch' };
  for (const url of urls) {
    last = await fetchPage(websiteIndex, url, signal, options);
    // A response of any status ends the search; only a failed connection tries the next URL.
    if (last.status !== undefined || last.error === 'timeout') return last;
  }
  return last;
}

/** Fetches one page, following at most `maxRedirects` redirects. */
export async function fetchPage(
  websiteIndex: number,
  url: string,
  signal: AbortSignal,
  options: SiteFetchOptions = {},
): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
  let current = url;
  try {
    for (let redirects = 0; ; redirects += 1) {
      const target = parseHttpUrl(current);
      if (!options.allowPrivateNetwork) await assertPublicHost(target.hostname);
      const response = await fetch(target, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,*/*;q=0.5' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) {
          throw new FetchFailure('too_many_redirects', `more than ${maxRedirects} redirects`);
        }
        current = new URL(location, target).href;
        continue;
      }
      const page: FetchedPage = { websiteIndex, url, finalUrl: target.href, status: response.status };
      if (!response.ok) {
        await response.body?.cancel();
        return page;
      }
      const body = await readCapped(response, options.maxBytes ?? DEFAULTS.maxBytes);
      return { ...page, html: decodeBody(body, response.headers.get('content-type')) };
    }
  } catch (error) {
    return { websiteIndex, url, finalUrl: current, ...describeError(error, signal) };
  }
}

function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchFailure('invalid_url', `invalid URL: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchFailure('invalid_url', `not an http or https URL: ${text}`);
  }
  return url;
}

async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host)
    ? [host]
    : (await lookup(host, { all: true })).map((entry) => entry.address);
  for (const address of addresses) {
    const range = ipaddr.process(address).range();
    if (range !== 'unicast') {
      throw new FetchFailure('blocked_address', `${hostname} resolves to a ${range} address`);
    }
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchFailure('too_large', `declared ${declared} bytes, limit ${maxBytes}`);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchFailure('too_large', `body larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Decodes the body by the charset of Content-Type or of a <meta> tag (GBK pages are common), else UTF-8. */
function decodeBody(body: Uint8Array, contentType: string | null): string {
  const head = Buffer.from(body.subarray(0, SNIFF_BYTES)).toString('latin1');
  const charset =
    /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function describeError(error: unknown, signal: AbortSignal): Pick<FetchedPage, 'error' | 'errorMessage'> {
  if (error instanceof FetchFailure) return { error: error.kind, errorMessage: error.message };
  // The abort reason is a DOMException, which is no Error instance in every realm (Jest's VM).
  if (signal.aborted) return { error: 'timeout', errorMessage: 'timed out before the page was complete' };
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return { error: 'network', errorMessage: `${message}${cause}` };
}
