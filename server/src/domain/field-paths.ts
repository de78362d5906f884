/**
 * Field paths in the findings' notation (`websites[1].principal.mobile`),
 * as specialists attach them to rejection reasons and comments.
 */
import schema from '../../../db/data/submission.schema.json';

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

type SchemaNode = { [key: string]: unknown };

function resolve(node: unknown): SchemaNode | null {
  if (node === null || typeof node !== 'object') return null;
  const ref = (node as SchemaNode).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    return resolve((schema.$defs as Record<string, unknown>)[ref.slice('#/$defs/'.length)]);
  }
  return node as SchemaNode;
}

/** Returns the schemas a property may have under `node`, from its properties and its branches. */
function propertySchemas(node: SchemaNode | null, name: string): SchemaNode[] {
  if (!node) return [];
  const found: SchemaNode[] = [];
  const properties = node.properties as Record<string, unknown> | undefined;
  const own = properties && Object.hasOwn(properties, name) ? resolve(properties[name]) : null;
  if (own) found.push(own);
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const branch of (node[key] as unknown[] | undefined) ?? []) found.push(...propertySchemas(resolve(branch), name));
  }
  for (const key of ['then', 'else']) found.push(...propertySchemas(resolve(node[key]), name));
  return found;
}

/**
 * Returns true when the intake schema has a field at `steps`: a property of
 * an object or an item of a list, whether or not a given application fills it.
 */
function schemaHasField(steps: Step[]): boolean {
  let nodes: SchemaNode[] = [schema as SchemaNode];
  for (const step of steps) {
    nodes =
      typeof step === 'number'
        ? nodes.map((node) => resolve(node.items)).filter((node): node is SchemaNode => node !== null)
        : nodes.flatMap((node) => propertySchemas(node, step));
    if (nodes.length === 0) return false;
  }
  return true;
}

/**
 * Returns true when `path` names a field of `application`: a value present at
 * the path, or a field of the intake schema that is missing from an object
 * that is present (a reason may point at the missing 备案号). A path into a
 * website, person or list item that does not exist, or to a field the schema
 * does not have there, returns false.
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
    if (!Object.hasOwn(value, step)) return isLast && schemaHasField(steps);
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
