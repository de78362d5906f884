/** The result of fetching one website's homepage, as the site-check job reports it. */
export interface FetchedPage {
  /** Index of the website in the application. */
  websiteIndex: number;
  /** The URL requested first. */
  url: string;
  /** The URL of the last response, after redirects. */
  finalUrl?: string;
  /** HTTP status of the last response; absent when no response arrived. */
  status?: number;
  /** The body decoded as text, for 2xx responses. */
  html?: string;
  /** Failure kind, when no usable page arrived. */
  error?: 'timeout' | 'network' | 'too_large' | 'too_many_redirects' | 'invalid_url' | 'blocked_address';
  /** Detail of the error, for the specialist. */
  errorMessage?: string;
}

export function isReachable(page: FetchedPage | undefined): page is FetchedPage & { html: string } {
  return (
    page !== undefined &&
    page.error === undefined &&
    page.status !== undefined &&
    page.status >= 200 &&
    page.status < 300 &&
    page.html !== undefined
  );
}
