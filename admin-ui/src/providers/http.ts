import type { fetchUtils } from 'react-admin';

import { networkError, toHttpError, type ServerErrorBody } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reads one cookie readable by scripts, such as the XSRF token. */
export const readCookie = (name: string): string | undefined => {
  const prefix = `${name}=`;
  const entry = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  return entry ? decodeURIComponent(entry.slice(prefix.length)) : undefined;
};

/**
 * Adds the double-submit XSRF header that the server requires on every
 * state-changing request made with the session cookie.
 */
export const withXsrfHeader = (method: string, headers: Headers): Headers => {
  if (!SAFE_METHODS.has(method.toUpperCase())) {
    const token = readCookie('XSRF-TOKEN');
    if (token) headers.set('X-XSRF-TOKEN', token);
  }
  return headers;
};

const parseJson = (text: string): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Sends a request for ra-data-simple-rest with same-origin cookies and the
 * XSRF header, and returns what fetchUtils.fetchJson returns. A failed
 * response throws the HttpError of toHttpError, whose message is in the
 * console's language. It does not use fetchJson because the 429 message
 * needs the Retry-After header, which fetchJson drops.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const method = options.method ?? 'GET';
  const headers = new Headers(
    (options.headers as HeadersInit | undefined) ?? { Accept: 'application/json' },
  );
  const hasBody = options.body !== undefined && options.body !== null;
  if (hasBody && !(options.body instanceof FormData) && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  withXsrfHeader(method, headers);

  let response: Response;
  try {
    response = await fetch(url, { ...options, headers, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  const body = await response.text();
  const json = parseJson(body);
  if (response.status < 200 || response.status >= 300) {
    throw toHttpError(
      url,
      response.status,
      json && typeof json === 'object' ? (json as ServerErrorBody) : undefined,
      response.headers.get('Retry-After'),
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, body, json: json as any };
};

/** Posts JSON to an action route and returns the parsed response. */
export const postJson = async <T = unknown>(
  url: string,
  body?: unknown,
): Promise<T> => {
  const { json } = await httpClient(url, {
    method: 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return json as T;
};

/** Posts a multipart form; the browser sets its boundary. */
export const postForm = async <T = unknown>(
  url: string,
  form: FormData,
): Promise<T> => {
  const { json } = await httpClient(url, { method: 'POST', body: form });
  return json as T;
};
