import { Router } from 'express';
import type { Knex } from 'knex';
import { createSession, deleteSession, SESSION_HOURS } from '../store/sessions';
import { authenticate } from '../store/users';
import { recordAudit } from '../store/audit';
import { requireSession, SESSION_COOKIE, XSRF_COOKIE } from './auth-middleware';
import { HttpError, InputError, UnauthorizedError } from './errors';

/** Failed logins per username within the window before further tries get 429. */
export const MAX_LOGIN_FAILURES = 10;
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;

/**
 * Counts a username's failed logins in the window, from the audit trail, so
 * that every app instance reads the same count.
 */
async function recentLoginFailures(db: Knex, username: string): Promise<number> {
  const since = new Date(Date.now() - LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  const [{ count }] = await db('audit_events')
    .where({ action: 'login_failed' })
    .andWhere('created_at', '>', since)
    .andWhereRaw("detail->>'username' = ?", [username])
    .count({ count: '*' });
  return Number(count);
}

export function authRouter(db: Knex): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const { username, password } = req.body ?? {};
    const errors: Record<string, string> = {};
    if (typeof username !== 'string' || !username) errors.username = 'is required';
    if (typeof password !== 'string' || !password) errors.password = 'is required';
    if (Object.keys(errors).length) throw new InputError('Send a username and a password.', errors);

    const failures = await recentLoginFailures(db, username);
    if (failures >= MAX_LOGIN_FAILURES) {
      req.log.warn({ username, failures }, 'login blocked after repeated failures');
      res.set('Retry-After', String(LOGIN_FAILURE_WINDOW_MINUTES * 60));
      throw new HttpError(429, `Too many failed logins for ${username}: wait ${LOGIN_FAILURE_WINDOW_MINUTES} minutes and try again.`);
    }
    const user = await authenticate(db, username, password);
    if (!user) {
      await recordAudit(db, { action: 'login_failed', actorLabel: 'login', detail: { username, ip: req.ip } });
      req.log.warn({ username, failures: failures + 1 }, 'login failed');
      throw new UnauthorizedError('Wrong username or password.');
    }
    const { token, xsrfToken } = await createSession(db, user.id);
    const cookie = { sameSite: 'strict' as const, secure: req.secure, path: '/', maxAge: SESSION_HOURS * 3600 * 1000 };
    res.cookie(SESSION_COOKIE, token, { ...cookie, httpOnly: true });
    res.cookie(XSRF_COOKIE, xsrfToken, { ...cookie, httpOnly: false });
    await recordAudit(db, { actorId: user.id, action: 'login' });
    req.log.info({ userId: user.id, username: user.username }, 'login');
    res.json({ id: user.id, username: user.username, role: user.role, displayName: user.displayName });
  });

  router.post('/logout', requireSession(db), async (req, res) => {
    await deleteSession(db, req.sessionToken!);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(XSRF_COOKIE, { path: '/' });
    res.status(204).end();
  });

  router.get('/me', requireSession(db), (req, res) => {
    const user = req.user!;
    res.json({ id: user.id, username: user.username, role: user.role, displayName: user.displayName });
  });

  return router;
}
