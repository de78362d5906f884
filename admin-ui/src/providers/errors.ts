import { HttpError } from 'react-admin';

import { translateFieldErrors, translateServerMessage } from '../common/fieldErrors';
import { formatInstantsInText } from '../common/format';
import { i18nProvider } from '../i18n';

/**
 * Error body of the API: `{"message", ...}` in English, and for a 400 also
 * `errors: {"<field path>": "<why>"}`. The console shows a message in its
 * own language, chosen by status, followed by the server's text as detail.
 */
export interface ServerErrorBody {
  message?: string;
  errors?: Record<string, string>;
  [key: string]: unknown;
}

const LOGIN_URL = '/api/auth/login';

const translate = (key: string, options?: Record<string, unknown>) =>
  i18nProvider.translate(key, options);

/** The body that came with an error response, or an empty one. */
export const errorBody = (error: unknown): ServerErrorBody =>
  error instanceof HttpError && error.body && typeof error.body === 'object'
    ? (error.body as ServerErrorBody)
    : {};

/** Returns the per-field messages of a 400 response, keyed by field path, in the console's language. */
export const fieldErrorsOf = (error: unknown): Record<string, string> => {
  const errors = errorBody(error).errors;
  return errors && typeof errors === 'object' ? errors : {};
};

/** Returns the server's own message with its ISO instants rewritten in Beijing time. */
export const serverMessageOf = (error: unknown): string => {
  const message = errorBody(error).message;
  return typeof message === 'string' ? formatInstantsInText(message) : '';
};

/**
 * Returns the seconds to wait from a Retry-After header, which contains
 * either a number of seconds or an HTTP date. Returns null when the header
 * is missing or invalid.
 */
export const retryAfterSeconds = (header: string | null, now = Date.now()): number | null => {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
};

const summaryFor = (status: number, url: string, retryAfter: number | null): string => {
  switch (status) {
    case 400:
      return translate('app.error.invalid_input');
    case 401:
      return translate(url.startsWith(LOGIN_URL) ? 'app.error.wrong_credentials' : 'app.error.session_expired');
    case 403:
      return translate('app.error.forbidden');
    case 404:
      return translate('app.error.not_found');
    case 409:
      return translate('app.error.conflict');
    case 413:
      return translate('app.error.too_large');
    case 422:
      return translate('app.error.unprocessable');
    case 429:
      return retryAfter === null
        ? translate('app.error.too_many_attempts')
        : translate('app.error.too_many_attempts_wait', {
            wait:
              retryAfter < 120
                ? translate('app.duration.seconds', { smart_count: retryAfter })
                : translate('app.duration.minutes', { smart_count: Math.ceil(retryAfter / 60) }),
          });
    default:
      return status >= 500
        ? translate('app.error.server')
        : translate('app.error.http', { status });
  }
};

const fieldErrorText = (errors: Record<string, string>) =>
  Object.entries(errors)
    .map(([path, why]) => `${path} ${formatInstantsInText(why)}`)
    .join('; ');

/**
 * Returns the body with its message and field errors in the console's
 * language, so that react-admin's forms, the action dialogs and
 * notifications all show them translated. Messages missing from the tables
 * stay in English.
 */
const withTranslatedFieldErrors = (body: ServerErrorBody): ServerErrorBody => {
  const locale = i18nProvider.getLocale();
  const translated = { ...body };
  if (typeof body.message === 'string') translated.message = translateServerMessage(body.message, locale);
  if (body.errors && typeof body.errors === 'object') translated.errors = translateFieldErrors(body.errors, locale);
  return translated;
};

/**
 * Builds the HttpError thrown for a failed response. Its message is the
 * translated summary followed by the server's text and, for a 400, the
 * field errors. Status and body stay the server's, except that the message
 * and field errors are translated, so that dialogs can show field errors or
 * findings themselves.
 */
export const toHttpError = (
  url: string,
  status: number,
  body: ServerErrorBody | undefined,
  retryAfterHeader: string | null,
): HttpError => {
  const summary = summaryFor(status, url, retryAfterSeconds(retryAfterHeader));
  const translatedBody = withTranslatedFieldErrors(body ?? {});
  const details = [
    typeof translatedBody.message === 'string' ? formatInstantsInText(translatedBody.message) : '',
    status === 400 && translatedBody.errors ? fieldErrorText(translatedBody.errors) : '',
  ].filter(Boolean);
  const message = details.length
    ? translate('app.error.with_detail', { message: summary, detail: details.join(' ') })
    : summary;
  return new HttpError(message, status, translatedBody);
};

/** Builds the error thrown when a request gets no response (server down, network lost). */
export const networkError = (): HttpError => new HttpError(translate('app.error.network'), 0, {});

/** Returns the translated summary alone, for places that show the details separately. */
export const errorSummaryOf = (error: unknown, url = ''): string =>
  error instanceof HttpError ? summaryFor(error.status, url, null) : translate('ra.notification.http_error');
