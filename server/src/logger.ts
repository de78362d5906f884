import pino from 'pino';

/** The process-wide structured logger; request loggers are its children. */
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'req.headers["x-xsrf-token"]',
      'res.headers["set-cookie"]',
      'password',
    ],
    censor: '[redacted]',
  },
});

export type Logger = pino.Logger;
