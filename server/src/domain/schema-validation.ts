import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import isEmail from 'validator/lib/isEmail';
import schema from '../../../db/data/submission.schema.json';
import type { Application } from './application';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile<Application>(schema);

/** Turns a JSON pointer like `/websites/0/name` into `websites[0].name`. */
export function pointerToPath(pointer: string): string {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) path += `[${part}]`;
    else path += path ? `.${part}` : part;
  }
  return path;
}

function joinPath(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

function describe(error: ErrorObject): [string, string] {
  const base = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return [joinPath(base, missing), `is required: add "${missing}"`];
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      return [joinPath(base, extra), `is not a known field: remove "${extra}" or check its spelling`];
    }
    case 'enum':
      return [
        base || '(root)',
        `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      ];
    case 'type':
      return [base || '(root)', `must be of type ${String(params.type)}`];
    case 'format':
    case 'pattern':
      return [base || '(root)', formatHint(base, String(params.format ?? params.pattern))];
    case 'minLength':
      return [base || '(root)', 'must not be empty'];
    case 'minimum':
      return [base || '(root)', `must be at least ${String(params.limit)}`];
    case 'const':
      return [base || '(root)', `must be ${JSON.stringify(params.allowedValue)}`];
    default:
      return [base || '(root)', error.message ?? 'is invalid'];
  }
}

function formatHint(path: string, format: string): string {
  if (path.endsWith('submittedAt')) {
    return 'must be an RFC 3339 date-time with an offset, e.g. 2026-11-10T09:30:00+08:00';
  }
  if (path.endsWith('serverRegion')) {
    return 'must be a six-digit GB/T 2260 code in ASCII digits, or hk, mo, tw, overseas';
  }
  if (format === 'date' || /\{4\}-\[0-9\]\{2\}-\[0-9\]\{2\}\$$/.test(format)) {
    return 'must be a date in the form YYYY-MM-DD';
  }
  return `must match the format ${format}`;
}

/** Maximum length of any text field; real names, addresses and numbers are far shorter. */
export const MAX_TEXT_LENGTH = 500;

/** ICP filing began with the State Council's Internet information services measures of 2000. */
const EARLIEST_SUBMISSION = Date.UTC(2000, 0, 1);

/** Maximum time a submittedAt may lie ahead of the server's clock, for clocks that differ a little. */
const SUBMITTED_AT_TOLERANCE_MS = 10 * 60_000;

function addLengthErrors(value: unknown, path: string, errors: Record<string, string>): void {
  if (typeof value === 'string') {
    // Characters as a reader counts them: 𠮷 is one, though JavaScript's length returns 2.
    const length = value.length > MAX_TEXT_LENGTH ? [...value].length : value.length;
    if (length > MAX_TEXT_LENGTH) {
      errors[path] = `is ${length} characters long: shorten it to at most ${MAX_TEXT_LENGTH}`;
    } else if (value.includes('\u0000')) {
      errors[path] = 'contains the NUL character U+0000: remove it';
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => addLengthErrors(item, `${path}[${index}]`, errors));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) addLengthErrors(child, path ? `${path}.${key}` : key, errors);
  }
}

// anyOf/if-then wrappers repeat the errors of their branches.
const WRAPPER_KEYWORDS = new Set(['anyOf', 'if', 'allOf', 'oneOf']);

/**
 * Checks what the schema cannot express but the intake contract requires:
 * code fields in ASCII as received (before normalisation), a non-blank
 * externalId, and an applicant email the result emails can be sent to.
 * Also rejects text longer than any real field and a submission time in the
 * future, on which every date rule would judge the wrong day.
 * A material naming a website the application lacks is no 400: the rules
 * judge such an application (it still needs its materials).
 */
function contractErrors(app: Application, now: Date): Record<string, string> {
  const errors: Record<string, string> = {};
  addLengthErrors(app, '', errors);
  const submittedAt = Date.parse(app.submittedAt);
  if (Number.isNaN(submittedAt)) {
    // RFC 3339 allows a leap second (:60), which the schema accepts and JavaScript cannot read.
    errors.submittedAt = 'must be a time such as 2026-12-04T15:30:00+08:00 (a leap second :60 is not accepted)';
  } else if (submittedAt < EARLIEST_SUBMISSION) {
    errors.submittedAt = 'is before 2000, when ICP filing began: send the time the customer submitted';
  } else if (submittedAt > now.getTime() + SUBMITTED_AT_TOLERANCE_MS) {
    errors.submittedAt = `is in the future (after ${now.toISOString()}): send the time the customer submitted`;
  }
  const regions: Array<[string, { province: string; city: string; district: string } | undefined]> = [
    ['entity.region', app.entity.region],
    ['previous.entity.region', app.previous?.entity.region],
  ];
  for (const [path, region] of regions) {
    for (const level of ['province', 'city', 'district'] as const) {
      if (region && /[^\x20-\x7e]/.test(region[level])) {
        errors[`${path}.${level}`] = 'must be a GB/T 2260 code in ASCII digits, e.g. 350000 (full-width digits are not accepted)';
      }
    }
  }
  if (app.externalId.trim() === '') errors.externalId = 'must not be blank: send the portal\'s id of the application';
  const email = app.applicant.email.trim();
  if (!isEmail(email, { allow_utf8_local_part: false, allow_ip_domain: false }) || /[\r\n]/.test(app.applicant.email)) {
    errors['applicant.email'] = 'must be one valid email address: the result emails are sent there';
  }
  return errors;
}

/**
 * Checks an application against the intake JSON Schema and the contract's
 * further conditions. Returns the value typed as an Application, or errors
 * keyed by field path.
 */
export function validateApplication(
  value: unknown,
  now = new Date(),
): { ok: true; application: Application } | { ok: false; errors: Record<string, string> } {
  if (validateSchema(value)) {
    const errors = contractErrors(value, now);
    return Object.keys(errors).length ? { ok: false, errors } : { ok: true, application: value };
  }
  const errors: Record<string, string> = {};
  addLengthErrors(value, '', errors);
  for (const error of validateSchema.errors ?? []) {
    if (WRAPPER_KEYWORDS.has(error.keyword)) continue;
    const [path, why] = describe(error);
    // idValidUntil is a date or "long_term", so one message names both forms.
    if (path.endsWith('idValidUntil')) {
      errors[path] = 'must be a date in the form YYYY-MM-DD or "long_term"';
      continue;
    }
    errors[path] ??= why;
  }
  return { ok: false, errors };
}
