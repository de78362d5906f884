/** Returns a LIKE pattern for text containing `value`, its own %, _ and \ taken literally. */
export function containing(value: unknown): string {
  return `%${String(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
