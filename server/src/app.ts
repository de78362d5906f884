import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Knex } from 'knex';
import pinoHttp from 'pino-http';
import type { Config } from './config';
import type { SiteFetchOptions } from './jobs/site-check';
import { logger } from './logger';
import { requireSession } from './http/auth-middleware';
import { authRouter } from './http/auth-routes';
import { errorHandler, NotFoundError } from './http/errors';
import { fileRouter } from './http/file-routes';
import { intakeRouter } from './http/intake-routes';
import { submissionRouter } from './http/submission-routes';
import { actionRouter } from './http/action-routes';
import { supervisorRouter } from './http/supervisor-routes';
import {
  auditEventRouter,
  commentRouter,
  emailRouter,
  filingRouter,
  intakeKeyRouter,
  reasonTemplateRouter,
  referenceDataRouter,
  userRouter,
} from './http/resource-routes';
import { configureCustomerEmails } from './services/customer-emails';

export interface AppDependencies {
  db: Knex;
  config: Config;
  /** Overrides for the live-website fetcher; tests point it at a local server. */
  siteFetch?: SiteFetchOptions;
}

const UI_DIST = path.resolve(__dirname, '../../admin-ui/dist');

const noSniff: express.RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  next();
};

/** Builds the Express app: the API under /api and the built console at /. */
export function createApp({ db, config, siteFetch }: AppDependencies): Express {
  configureCustomerEmails({ portalUrl: config.portalUrl, mailFrom: config.mailFrom });
  const app = express();
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // API responses change with every action, so hashing each body for an ETag costs CPU for nothing.
  app.set('etag', false);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string) || crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (req, res, error) => {
        if (error || res.statusCode >= 500) return 'error';
        if (res.statusCode >= 400) return 'warn';
        // The portal calls the dry run on every form change; a successful one is no event.
        if (req.url === '/api/intake/check') return 'debug';
        return 'info';
      },
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
    }),
  );
  // The portal's machine-to-machine intake calls use no cookie and render no page, so
  // they skip the cookie parser and the browser security headers (except nosniff).
  const intakeKeys = [...config.intakeApiKeys, ...(config.demoData ? ['demo-intake-key'] : [])];
  app.use('/api/intake', noSniff, intakeRouter(db, { apiKeys: intakeKeys, providerIpRanges: config.providerIpRanges }));

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          frameSrc: ["'self'"],
          connectSrc: ["'self'"],
          // A plain-HTTP deployment behind a proxy must not have its requests rewritten to https.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(cookieParser());

  app.use('/api', express.json({ limit: '1mb' }));
  app.use('/api/auth', authRouter(db));
  app.use('/api', requireSession(db));
  app.use('/api/submissions', actionRouter(db, { providerIpRanges: config.providerIpRanges, siteFetch }));
  app.use('/api/submissions', submissionRouter(db));
  app.use('/api/files', fileRouter(db));
  app.use('/api/comments', commentRouter(db));
  app.use('/api/emails', emailRouter(db));
  app.use('/api/reason-templates', reasonTemplateRouter(db));
  app.use('/api/reference-data', referenceDataRouter(db));
  app.use('/api/audit-events', auditEventRouter(db));
  app.use('/api/users', userRouter(db));
  app.use('/api/intake-keys', intakeKeyRouter(db));
  app.use('/api/filings', filingRouter(db));
  app.use('/api', supervisorRouter(db));
  app.use('/api', (req, _res, next) => next(new NotFoundError(`No API route ${req.method} ${req.originalUrl}.`)));

  if (fs.existsSync(path.join(UI_DIST, 'index.html'))) {
    app.use(express.static(UI_DIST, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => res.sendFile(path.join(UI_DIST, 'index.html')));
  } else {
    app.get('/', (_req, res) =>
      res.type('text/plain').send('The console is not built yet: run `npm run build:ui`, then reload.'),
    );
  }
  app.use(errorHandler);
  return app;
}
