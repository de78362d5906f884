import type { Knex } from 'knex';
import * as core from '../../../db/migrations/20261204_01_core';
import * as review from '../../../db/migrations/20261204_02_review';
import * as othersView from '../../../db/migrations/20261204_03_others_view';

type Migration = { up(knex: Knex): Promise<void>; down(knex: Knex): Promise<void> };

// Listed in order here so that tsx, Jest and a bundled build all load the
// same TypeScript migrations without the Knex CLI's file loader.
const MIGRATIONS: Array<[string, Migration]> = [
  ['20261204_01_core', core],
  ['20261204_02_review', review],
  ['20261204_03_others_view', othersView],
];

export const migrationSource: Knex.MigrationSource<[string, Migration]> = {
  async getMigrations() {
    return MIGRATIONS;
  },
  getMigrationName([name]) {
    return name;
  },
  async getMigration([, migration]) {
    return migration;
  },
};

export async function migrateToLatest(knex: Knex): Promise<string[]> {
  const [, names] = await knex.migrate.latest({ migrationSource });
  return names as string[];
}
