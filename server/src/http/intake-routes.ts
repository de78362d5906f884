import crypto from 'node:crypto';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import multer from 'multer';
import type { Application } from '../domain/application';
import { validateApplication } from '../domain/schema-validation';
import { sniffFile } from '../files/sniff';
import { runChecks } from '../services/checks';
import { ingestApplication } from '../services/intake';
import { intakeStatus } from '../store/intake-status';
import type { StoredFile } from '../store/revisions';
import { HttpError, InputError, NotFoundError } from './errors';
import { requireIntakeKey } from './intake-keys-middleware';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_REQUEST_BYTES = 40 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  // Names such as 营业执照.jpg arrive as UTF-8, plain or RFC 5987 encoded.
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_FILE_BYTES, fieldSize: 1024 * 1024, fields: 4, files: 200, parts: 210 },
});

/**
 * Rejects with 413 a body over the request limit: at once when
 * Content-Length exceeds it, or as soon as a chunked body passes it.
 */
function limitRequestSize(req: Request, res: Response, next: NextFunction): void {
  const declared = Number(req.get('content-length') ?? NaN);
  const tooLarge = () =>
    new HttpError(413, `The request is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MiB, the upload limit per request.`);
  if (declared > MAX_REQUEST_BYTES) return next(tooLarge());
  let received = 0;
  let failed = false;
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_REQUEST_BYTES && !failed) {
      failed = true;
      req.unpipe();
      res.set('Connection', 'close');
      next(tooLarge());
    }
  });
  upload.any()(req, res, (error?: unknown) => {
    if (!failed) next(error);
  });
}

function parsePayload(raw: unknown): Application {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new InputError('The application is missing.', {
      payload: 'is required: send the application JSON in a multipart part named "payload"',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InputError('The payload part is not valid JSON.', {
      payload: `is not valid JSON (${(error as Error).message}): send the application as JSON text`,
    });
  }
  return validated(value);
}

function validated(value: unknown): Application {
  const result = validateApplication(value);
  if (!result.ok) {
    const fields = Object.keys(result.errors);
    throw new InputError(
      `The application does not match the intake schema: ${fields.slice(0, 5).join(', ')}` +
        (fields.length > 5 ? ` and ${fields.length - 5} more` : '') +
        '.',
      result.errors,
    );
  }
  return result.application;
}

/** Pairs every listed material with exactly one file part named by its id. */
async function collectFiles(application: Application, parts: Express.Multer.File[]): Promise<Map<string, StoredFile>> {
  const errors: Record<string, string> = {};
  const byField = new Map<string, Express.Multer.File[]>();
  for (const part of parts) byField.set(part.fieldname, [...(byField.get(part.fieldname) ?? []), part]);

  const seen = new Map<string, number>();
  application.materials.forEach((material, index) => {
    const first = seen.get(material.id);
    if (first !== undefined) {
      errors[`materials[${index}].id`] = `repeats materials[${first}].id "${material.id}": give each material its own id`;
      return;
    }
    seen.set(material.id, index);
    const files = byField.get(material.id) ?? [];
    if (files.length === 0) {
      errors[`materials[${index}]`] = `has no file part named "${material.id}": upload the file under its material id`;
    } else if (files.length > 1) {
      errors[`materials[${index}]`] = `has ${files.length} file parts named "${material.id}": send exactly one`;
    }
  });
  for (const field of byField.keys()) {
    if (!seen.has(field)) {
      errors[field] = `is a file part that no material lists: add it to "materials" or leave it out`;
    }
  }
  if (Object.keys(errors).length) {
    throw new InputError('The uploaded files do not match the listed materials.', errors);
  }

  const files = new Map<string, StoredFile>();
  for (const material of application.materials) {
    const part = byField.get(material.id)![0];
    files.set(material.id, {
      materialId: material.id,
      originalName: part.originalname,
      bytes: part.buffer,
      sha256: crypto.createHash('sha256').update(part.buffer).digest('hex'),
      facts: await sniffFile(part.buffer),
    });
  }
  return files;
}

export function intakeRouter(db: Knex, options: { apiKeys: string[]; providerIpRanges?: string[] }): Router {
  const router = Router();
  router.use(requireIntakeKey(db, options.apiKeys));

  router.post('/check', express.json({ limit: '1mb' }), async (req, res) => {
    if (!req.is('application/json')) {
      throw new InputError('Send the application as application/json.', { body: 'must be JSON' });
    }
    const application = validated(req.body);
    const { result } = await runChecks(db, application, {
      dryRun: true,
      providerIpRanges: options.providerIpRanges,
    });
    res.json({ findings: result.findings, passed: result.passed });
  });

  router.post('/submissions', limitRequestSize, async (req, res) => {
    if (!req.is('multipart/form-data')) {
      throw new InputError('Send the application as multipart/form-data with a "payload" part and one file part per material.', {
        body: 'must be multipart/form-data',
      });
    }
    const application = parsePayload(req.body?.payload);
    const files = await collectFiles(application, (req.files as Express.Multer.File[]) ?? []);
    const result = await ingestApplication(db, {
      application,
      files,
      providerIpRanges: options.providerIpRanges,
    });
    req.log.info(
      { reference: result.submission.reference, externalId: application.externalId, created: result.created },
      result.created ? 'application stored' : 'application already stored',
    );
    res.status(result.created ? 201 : 200).json({ ...result.submission, findings: result.findings });
  });

  router.get('/submissions/:externalId', async (req, res) => {
    const status = await intakeStatus(db, String(req.params.externalId));
    if (!status) throw new NotFoundError(`No application with externalId ${String(req.params.externalId)}.`);
    res.json(status);
  });

  return router;
}
