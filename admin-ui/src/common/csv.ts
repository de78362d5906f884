const needsQuotes = /[",\r\n]/;

const escapeCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Serialises rows as RFC 4180 CSV with a header line, in column order. */
export const toCsv = (columns: string[], rows: Array<Record<string, unknown>>) =>
  [columns, ...rows.map((row) => columns.map((column) => row[column]))]
    .map((cells) => cells.map(escapeCell).join(','))
    .join('\r\n');
