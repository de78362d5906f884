import type { Knex } from 'knex';
import { checkFieldPaths } from '../domain/field-paths';

/**
 * Checks field paths against a submission's current revision: its
 * application as the customer sent it and the paths of its findings. Adds an
 * error under each key whose path names no field.
 */
export async function checkFieldPathsOfRevision(
  db: Knex,
  submission: { id: string; revision: number },
  paths: ReadonlyArray<[errorKey: string, path: string | undefined]>,
  errors: Record<string, string>,
): Promise<void> {
  if (!paths.some(([, path]) => path)) return;
  const revision = await db('revisions')
    .where({ submission_id: submission.id, number: submission.revision })
    .first('id', 'payload');
  const findingPaths = new Set<string>(await db('findings').where({ revision_id: revision.id }).pluck('path'));
  checkFieldPaths(revision.payload, findingPaths, paths, errors);
}
