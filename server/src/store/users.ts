import { hash, verify } from '@node-rs/argon2';
import type { Knex } from 'knex';
import type { Role } from '../domain/workflow';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export function userFromRow(row: Record<string, any>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    active: row.active,
    createdAt: row.created_at,
  };
}

/** Hashes a password with Argon2id (the library's defaults: 19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function createUser(
  db: Knex,
  input: { username: string; displayName: string; role: Role; password: string },
): Promise<User> {
  const [row] = await db('users')
    .insert({
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      password_hash: await hashPassword(input.password),
    })
    .returning('*');
  return userFromRow(row);
}

/** Returns the active user with these credentials, or null. */
export async function authenticate(db: Knex, username: string, password: string): Promise<User | null> {
  const row = await db('users').where({ username, active: true }).first();
  if (!row) {
    // Spend the same time as a real check so response times do not reveal usernames.
    await verify(DUMMY_HASH, password).catch(() => false);
    return null;
  }
  return (await verify(row.password_hash, password)) ? userFromRow(row) : null;
}

const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$t8BRkPEZnHR3/Ttz19PLnQ$rAXfjrb+mGjz2gQkp+kLuLsxhkwiHSXjpjT9cUCf8rQ';
