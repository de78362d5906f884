import { fetchUtils } from 'react-admin';

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

/** The httpClient given to ra-data-simple-rest: same-origin cookies and XSRF. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const method = options.method ?? 'GET';
  const headers = new Headers(
    (options.headers as HeadersInit | undefined) ?? { Accept: 'application/json' },
  );
  withXsrfHeader(method, headers);
  return fetchUtils.fetchJson(url, {
    ...options,
    headers,
    credentials: 'same-origin',
  });
};

/** Posts JSON to an action route and returns the parsed answer. */
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

/** Posts a multipart form; fetchJson leaves the boundary to the browser. */
export const postForm = async <T = unknown>(
  url: string,
  form: FormData,
): Promise<T> => {
  const { json } = await httpClient(url, { method: 'POST', body: form });
  return json as T;
};
