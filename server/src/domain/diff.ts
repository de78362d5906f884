/** A field whose value differs between two revisions. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function flatten(value: unknown, path: string, out: Map<string, unknown>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, []);
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, value);
  }
}

/**
 * Lists the leaf fields that differ between two applications, with paths in
 * the findings' notation (`websites[0].principal.mobile`). Fields present on
 * one side only appear with `undefined` on the other.
 */
export function diffApplications(before: unknown, after: unknown, ignore: string[] = ['submittedAt']): FieldChange[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  flatten(before, '', left);
  flatten(after, '', right);
  const paths = new Set([...left.keys(), ...right.keys()]);
  const changes: FieldChange[] = [];
  for (const path of paths) {
    if (ignore.includes(path)) continue;
    const a = left.get(path);
    const b = right.get(path);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ path, before: a, after: b });
  }
  return changes;
}
