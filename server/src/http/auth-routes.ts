import { Router } from 'express';
import type { Knex } from 'knex';
import { createSession, deleteSession, SESSION_HOURS } from '../store/sessions';
import { authenticate } from '../store/users';
import { recordAudit } from '../store/audit';
import { requireSession, SESSION_COOKIE, XSRF_COOKIE } from './auth-middleware';
import { HttpError, InputError, UnauthorizedError } from './errors';

/**
 * Failed logins of one username from one client address within the window
 * before further tries of that pair get 429. The same username from another
 * address is not blocked, so a guesser cannot lock a colleague out.
 */
export const MAX_LOGIN_FAILURES = 10;
/** Failed logins from one client address, whatever the usernames, before it gets 429. */
export const MAX_LOGIN_FAILURES_PER_ADDRESS = 50;
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;

/**
 * Counts the failed logins from `address` in the window, in all and for
 * `username`, up to and including the attempt `attemptId`, from the audit
 * trail, so that every app instance reads the same counts.
 */
async function loginFailuresUpTo(
  db: Knex,
  attemptId: string,
  username: string,
  address: string,
): Promise<{ forUsername: number; forAddress: number }> {
  const since = new Date(Date.now() - LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  const [row] = await db('audit_events')
    .where({ action: 'login_failed' })
    .andWhere('created_at', '>', since)
    .andWhere('id', '<=', attemptId)
    .andWhereRaw("detail->>'ip' = ?", [address])
    .select(
      db.raw("count(*) filter (where detail->>'username' = ?) as for_username", [username]),
      db.raw('count(*) as for_address'),
    );
  return { forUsername: Number(row.for_username), forAddress: Number(row.for_address) };
}

export function authRouter(db: Knex): Router {
  const router = Router();

  router.post('/login', async (req, res) => {
    const { username, password } = req.body ?? {};
    const errors: Record<string, string> = {};
    if (typeof username !== 'string' || !username) errors.username = 'is required';
    if (typeof password !== 'string' || !password) errors.password = 'is required';
    if (Object.keys(errors).length) throw new InputError('Send a username and a password.', errors);

    const address = req.ip ?? 'unknown';
    // The attempt is written as a failure before the password check, so attempts sent at
    // the same moment count each other and only the first ones in id order go ahead.
    // A blocked attempt or a success deletes its row again.
    const [{ id: attemptId }] = await db('audit_events')
      .insert({ action: 'login_failed', actor_label: 'login', detail: JSON.stringify({ username, ip: address }) })
      .returning('id');
    const failures = await loginFailuresUpTo(db, attemptId, username, address);
    let blocked: string | null = null;
    if (failures.forUsername > MAX_LOGIN_FAILURES) {
      blocked = `Too many failed logins for ${username} from this address`;
    } else if (failures.forAddress > MAX_LOGIN_FAILURES_PER_ADDRESS) {
      blocked = 'Too many failed logins from this address';
    }
    if (blocked) {
      await db('audit_events').where({ id: attemptId }).delete();
      req.log.warn({ username, address, ...failures }, 'login blocked after repeated failures');
      res.set('Retry-After', String(LOGIN_FAILURE_WINDOW_MINUTES * 60));
      throw new HttpError(429, `${blocked}: wait ${LOGIN_FAILURE_WINDOW_MINUTES} minutes and try again.`);
    }
    const user = await authenticate(db, username, password);
    if (!user) {
      req.log.warn({ username, address, failures: failures.forUsername }, 'login failed');
      throw new UnauthorizedError('Wrong username or password.');
    }
    await db('audit_events').where({ id: attemptId }).delete();
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
