import crypto from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import { hasRole, type Role } from '../domain/workflow';
import { findSession } from '../store/sessions';
import type { User } from '../store/users';
import { ForbiddenError, UnauthorizedError } from './errors';

export const SESSION_COOKIE = 'icp_session';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

declare module 'express-serve-static-core' {
  interface Request {
    user?: User;
    sessionToken?: string;
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Requires a valid session cookie, and on state-changing requests the
 * double-submit XSRF header equal to the session's token.
 */
export function requireSession(db: Knex): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return next(new UnauthorizedError());
    const session = await findSession(db, token);
    if (!session) return next(new UnauthorizedError());
    if (UNSAFE_METHODS.has(req.method)) {
      const header = req.get(XSRF_HEADER) ?? '';
      if (!header || !safeEqual(header, session.xsrfToken)) {
        return next(
          new ForbiddenError(
            'Missing or wrong X-XSRF-TOKEN header: send the value of the XSRF-TOKEN cookie set at login.',
          ),
        );
      }
    }
    req.user = session.user;
    req.sessionToken = token;
    req.log = req.log?.child({ userId: session.user.id, username: session.user.username });
    next();
  };
}

export function requireRole(role: Role): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) return next(new UnauthorizedError());
    if (!hasRole(req.user.role, role)) {
      return next(new ForbiddenError(`This needs the ${role} role; you are logged in as ${req.user.role}.`));
    }
    next();
  };
}
