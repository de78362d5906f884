/**
 * Creates the first admin account of a database that was not seeded as a
 * demo: `npm run create-admin -- <username> "<display name>"`, with the
 * password read from ADMIN_PASSWORD or, when unset, from standard input.
 */
import readline from 'node:readline/promises';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { createUser } from '../store/users';

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write('Password (at least 10 characters): ');
  const line = await rl.question('');
  rl.close();
  return line.trim();
}

async function main(): Promise<void> {
  const [username, displayName = username] = process.argv.slice(2);
  if (!username || !/^[a-z0-9_.-]{2,64}$/i.test(username)) {
    throw new Error('usage: npm run create-admin -- <username> ["<display name>"]; the username takes letters, digits, _ . -');
  }
  const password = await readPassword();
  if (password.length < 10) throw new Error('the password must be at least 10 characters');
  const config = loadConfig();
  const database = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.knex);
    if (await database.knex('users').where({ username }).first('id')) {
      throw new Error(`a user named ${username} already exists`);
    }
    const user = await createUser(database.knex, { username, displayName, role: 'admin', password });
    process.stdout.write(`created admin ${user.username} (${user.id})\n`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`create-admin failed: ${(error as Error).message}\n`);
  process.exit(1);
});
