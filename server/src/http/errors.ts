import type { ErrorRequestHandler } from 'express';
import multer from 'multer';
import { logger } from '../logger';

/** An error with an HTTP status and a message safe to show the caller. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** 400 with the offending fields: `{"message", "errors": {"<path>": "<why>"}}`. */
export class InputError extends HttpError {
  constructor(message: string, errors: Record<string, string> = {}) {
    super(400, message, { errors });
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message);
  }
}

/** 409: the record changed since the caller read it, or the state forbids the action. */
export class ConflictError extends HttpError {
  constructor(message: string, body: Record<string, unknown> = {}) {
    super(409, message, body);
  }
}

export class ForbiddenError extends HttpError {
  constructor(message = 'Your role does not allow this action.') {
    super(403, message);
  }
}

export class UnauthorizedError extends HttpError {
  constructor(message = 'Log in first: the session is missing or has expired.') {
    super(401, message);
  }
}

const MULTER_MESSAGES: Record<string, [number, string]> = {
  LIMIT_FILE_SIZE: [413, 'A file is larger than 5 MiB, the upload limit per file.'],
  LIMIT_FILE_COUNT: [413, 'Too many files in one request.'],
  LIMIT_PART_COUNT: [413, 'Too many parts in one request.'],
  LIMIT_FIELD_VALUE: [413, 'The payload part is larger than 1 MiB.'],
  LIMIT_FIELD_COUNT: [400, 'Too many fields in one request.'],
  LIMIT_UNEXPECTED_FILE: [400, 'Unexpected file part.'],
};

/** Maps every thrown error to `{"message", ...}` with its status; logs the unexpected ones. */
export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  if (err instanceof HttpError) {
    if (err.status >= 500) req.log?.error({ err }, 'request failed');
    res.status(err.status).json({ message: err.message, ...err.body });
    return;
  }
  if (err instanceof multer.MulterError) {
    const [status, message] = MULTER_MESSAGES[err.code] ?? [400, err.message];
    const field = err.field ? ` (part "${err.field}")` : '';
    req.log?.warn({ code: err.code, field: err.field }, 'upload rejected');
    res.status(status).json({ message: message + field });
    return;
  }
  if (err?.type === 'entity.parse.failed') {
    res.status(400).json({ message: 'The request body is not valid JSON.' });
    return;
  }
  if (err?.type === 'entity.too.large') {
    res.status(413).json({ message: 'The request body is too large.' });
    return;
  }
  if (err?.code === '23505') {
    req.log?.warn({ constraint: err.constraint }, 'duplicate value rejected');
    const field = /\((\w+)\)=/.exec(String(err.detail ?? ''))?.[1];
    res.status(409).json({
      message: `A record with this ${field ?? 'value'} already exists: choose another ${field ?? 'value'}.`,
      ...(field ? { errors: { [field]: 'is already used' } } : {}),
    });
    return;
  }
  // PostgreSQL rejected a value's form, e.g. "x" where a UUID or date belongs.
  // 22021 is a NUL character, which PostgreSQL text cannot hold.
  if (['22P02', '22007', '22008', '22021'].includes(err?.code)) {
    req.log?.warn({ err: err.message }, 'invalid value in request');
    // Knex puts the SQL before " - " and PostgreSQL's own words after it; only the words are sent.
    const reason = String(err.message).split('\n')[0].split(' - ').pop();
    res.status(400).json({ message: `Invalid value in the request: ${reason}.` });
    return;
  }
  (req.log ?? logger).error({ err }, 'unexpected error');
  res.status(500).json({ message: 'Internal server error; the error was logged.' });
};
