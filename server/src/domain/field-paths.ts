/**
 * Field paths in the findings' notation (`websites[1].principal.mobile`),
 * as specialists attach them to rejection reasons and comments.
 */
import { FIELD_LABELS } from './emails/field-label';

/** A field path: names, dots and zero-based indexes. */
export const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(\[\d+\])*(\.[A-Za-z][A-Za-z0-9]*(\[\d+\])*)*$/;

type Step = string | number;

function stepsOf(path: string): Step[] {
  const steps: Step[] = [];
  for (const segment of path.split('.')) {
    const [name] = segment.split('[', 1);
    steps.push(name);
    for (const index of segment.matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
}

function isKnownFieldName(step: Step): boolean {
  return typeof step === 'string' && (step === 'name' || Object.hasOwn(FIELD_LABELS, step));
}

/**
 * Returns true when `path` names a field of `application`: a value present at
 * the path, or a field with a known label that is missing from an object that
 * is present (a reason may point at the missing 证件住所). A path into a
 * website, person or list item that does not exist returns false.
 */
export function isFieldOf(application: unknown, path: string): boolean {
  if (!FIELD_PATH.test(path)) return false;
  const steps = stepsOf(path);
  let value: unknown = application;
  for (const [position, step] of steps.entries()) {
    const isLast = position === steps.length - 1;
    if (typeof step === 'number') {
      if (!Array.isArray(value) || step >= value.length) return false;
      value = value[step];
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    if (!Object.hasOwn(value, step)) return isLast && isKnownFieldName(step);
    value = (value as Record<string, unknown>)[step];
  }
  return true;
}

/**
 * Checks each of `paths` (by its error key) against the application and the
 * paths of its findings, and adds an error for each that names no field.
 */
export function checkFieldPaths(
  application: unknown,
  findingPaths: ReadonlySet<string>,
  paths: ReadonlyArray<[errorKey: string, path: string | undefined]>,
  errors: Record<string, string>,
): void {
  for (const [errorKey, path] of paths) {
    if (!path || findingPaths.has(path) || isFieldOf(application, path)) continue;
    errors[errorKey] = FIELD_PATH.test(path)
      ? `"${path}" is not a field of this application: pick one of its fields, or leave the path empty for the whole application`
      : 'must be a field path such as websites[0].principal.mobile, or empty for the whole application';
  }
}
