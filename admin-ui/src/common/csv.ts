import { downloadCSV, type Exporter } from 'react-admin';

import { formatDateTime } from './format';

const needsQuotes = /[",\r\n]/;

// Spreadsheet programs read a cell starting with one of these as a formula
// (OWASP "CSV injection"), and applicant text such as an entity name can start with one.
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Turns one value into a CSV cell: a text that a spreadsheet would run as a
 * formula gets a leading apostrophe, then the cell is quoted per RFC 4180
 * when needed. Numbers are written as they are, because a number cannot
 * carry a formula and a negative one must stay numeric.
 */
export const escapeCell = (value: unknown): string => {
  if (typeof value === 'number') return String(value);
  let text = value === null || value === undefined ? '' : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Serialises rows as RFC 4180 CSV with a header line, in column order. */
export const toCsv = (columns: string[], rows: Array<Record<string, unknown>>) =>
  [columns, ...rows.map((row) => columns.map((column) => row[column]))]
    .map((cells) => cells.map(escapeCell).join(','))
    .join('\r\n');

// A whole value that is an ISO 8601 instant with its zone, as the API sends times.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Turns one API value into cell content: instants in Beijing time
 * ("YYYY-MM-DD HH:mm"), lists of plain values joined by spaces, other
 * objects as JSON.
 */
export const toCellValue = (value: unknown): unknown => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value);
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    return value.join(' ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
};

/**
 * Exporter for the lists without one of their own: every field of the
 * records, in first-seen order, through toCellValue and escapeCell. A UTF-8
 * byte order mark is prepended so that spreadsheet programs read Chinese text.
 */
export const csvExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) => {
  const columns: string[] = [];
  for (const record of records as Array<Record<string, unknown>>) {
    for (const key of Object.keys(record)) if (!columns.includes(key)) columns.push(key);
  }
  const rows = (records as Array<Record<string, unknown>>).map((record) =>
    Object.fromEntries(columns.map((column) => [column, toCellValue(record[column])])),
  );
  downloadCSV(`\uFEFF${toCsv(columns, rows)}`, resource ?? 'export');
};
