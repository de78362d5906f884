import { Router } from 'express';
import type { Knex } from 'knex';
import { findSubmissionRow, listSubmissions, loadSubmissionDetail, SUBMISSION_FILTERS, SUBMISSION_SORTS, submissionFilterErrors } from '../store/submissions';
import { InputError, NotFoundError } from './errors';
import { parseListParams, sendPage } from './list-params';
import { presentDetail, presentListRecord } from './submission-presenter';

/** Loads the full record as `GET /api/submissions/:id` returns it. */
export async function readSubmission(db: Knex, id: string, actor: { id: string; role: any }, now = new Date()) {
  const row = await findSubmissionRow(db, id);
  if (!row) throw new NotFoundError(`No submission with id ${id}.`);
  const detail = await loadSubmissionDetail(db, row);
  return presentDetail(row, detail, actor, now);
}

export function submissionRouter(db: Knex): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const params = parseListParams(req, {
      filters: SUBMISSION_FILTERS,
      sorts: SUBMISSION_SORTS,
      defaultSort: ['submittedAt', 'asc'],
    });
    const errors = submissionFilterErrors(params.filter);
    if (Object.keys(errors).length) throw new InputError(`Invalid filter value: ${Object.keys(errors).join(', ')}.`, errors);
    const now = new Date();
    const { rows, total } = await listSubmissions(db, params, now);
    sendPage(res, 'submissions', params, rows.map((row: Record<string, any>) => presentListRecord(row, now)), total);
  });

  router.get('/:id', async (req, res) => {
    res.json(await readSubmission(db, String(req.params.id), req.user!));
  });

  return router;
}
