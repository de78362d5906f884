import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { UnauthorizedError } from './errors';

export function hashIntakeKey(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex');
}

/**
 * Accepts `Authorization: Bearer <key>` when the key is one of `staticKeys`
 * (the INTAKE_API_KEYS setting and, on the demo, `demo-intake-key`) or an
 * unrevoked key created in the console, stored as its SHA-256.
 */
export function requireIntakeKey(db: Knex, staticKeys: string[]): RequestHandler {
  const staticHashes = new Set(staticKeys.map(hashIntakeKey));
  return async (req, _res, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!match) {
      return next(new UnauthorizedError('Send the intake API key as "Authorization: Bearer <key>".'));
    }
    const keyHash = hashIntakeKey(match[1]);
    if (staticHashes.has(keyHash)) return next();
    const updated = await db('intake_keys')
      .where({ key_hash: keyHash })
      .whereNull('revoked_at')
      .update({ last_used_at: db.fn.now() });
    if (updated === 0) {
      req.log.warn('intake call with an unknown or revoked API key');
      return next(new UnauthorizedError('The intake API key is unknown or revoked.'));
    }
    next();
  };
}
