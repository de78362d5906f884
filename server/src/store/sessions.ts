import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { userFromRow, type User } from './users';

/** How long a login lasts: one long working day. */
export const SESSION_HOURS = 12;

function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/** Creates a session; returns the cookie token and the XSRF token. */
export async function createSession(db: Knex, userId: string): Promise<{ token: string; xsrfToken: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const xsrfToken = crypto.randomBytes(24).toString('base64url');
  await db('sessions').insert({
    token_hash: sha256(token),
    user_id: userId,
    xsrf_token: xsrfToken,
    expires_at: new Date(Date.now() + SESSION_HOURS * 3600 * 1000),
  });
  return { token, xsrfToken };
}

export async function findSession(db: Knex, token: string): Promise<{ user: User; xsrfToken: string } | null> {
  const row = await db('sessions as s')
    .join('users as u', 'u.id', 's.user_id')
    .where('s.token_hash', sha256(token))
    .andWhere('s.expires_at', '>', db.fn.now())
    .andWhere('u.active', true)
    .first('u.*', 's.xsrf_token');
  return row ? { user: userFromRow(row), xsrfToken: row.xsrf_token } : null;
}

export async function deleteSession(db: Knex, token: string): Promise<void> {
  await db('sessions').where({ token_hash: sha256(token) }).delete();
}

export async function deleteExpiredSessions(db: Knex): Promise<number> {
  return db('sessions').where('expires_at', '<', db.fn.now()).delete();
}
