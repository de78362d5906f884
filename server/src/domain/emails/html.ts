/**
 * Escaping for email bodies and headers. Every value from an application is
 * data: the `html` tag escapes it, and header text loses its line breaks.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes the five characters that are special in HTML text and in quoted
 * attribute values.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** Markup that is already escaped; `html` inserts it unchanged. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

function renderValue(value: unknown): string {
  if (value instanceof SafeHtml) {
    return value.value;
  }
  if (Array.isArray(value)) {
    return value.map(renderValue).join('');
  }
  if (value === null || value === undefined || value === false) {
    return '';
  }
  return escapeHtml(String(value));
}

/**
 * Template tag for HTML: escapes every interpolated value except `SafeHtml`
 * (the result of a nested `html`), and joins arrays.
 */
export function html(
  strings: TemplateStringsArray,
  ...values: unknown[]
): SafeHtml {
  let result = strings[0];
  values.forEach((value, i) => {
    result += renderValue(value) + strings[i + 1];
  });
  return new SafeHtml(result);
}

/** Escapes multi-line text and keeps its line breaks as `<br>`. */
export function htmlLines(text: string): SafeHtml {
  return new SafeHtml(
    text
      .split(/\r\n|\r|\n/)
      .map(escapeHtml)
      .join('<br>'),
  );
}

// C0 and C1 control characters (CR and LF among them), and the Unicode line
// and paragraph separators.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Returns text that fits on one line: control characters, line breaks
 * included, become single spaces. Used for names inside a sentence and for
 * the subject, where a CR or LF could inject a header.
 */
export function toSingleLine(value: string): string {
  return value.replace(CONTROL_CHARACTERS, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Shortens one-line text to `maxLength` characters, ending in `…`. */
export function truncate(value: string, maxLength: number): string {
  const characters = Array.from(value);
  if (characters.length <= maxLength) {
    return value;
  }
  return `${characters.slice(0, maxLength - 1).join('')}…`;
}

/**
 * Returns the URL in its normalised form. Throws an Error unless it is an
 * absolute http or https URL, so no `javascript:` link reaches an email.
 */
export function assertHttpUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Invalid ${name} "${value}": expected an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(
      `Invalid ${name} "${value}": expected an http or https URL`,
    );
  }
  return url.href;
}
