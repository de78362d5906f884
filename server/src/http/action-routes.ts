import { Router, type Request } from 'express';
import type { Knex } from 'knex';
import { requireRole } from './auth-middleware';
import { readSubmission } from './submission-routes';
import { assign, claim, claimNext, forward, previewRejection, reforward, reject, release, withdraw } from '../services/review';
import { recordMiitEvent } from '../services/miit';
import { rerunChecks, runSiteCheck } from '../services/rechecks';
import type { SiteFetchOptions } from '../jobs/site-check';

function actor(req: Request) {
  return { id: req.user!.id, role: req.user!.role };
}

/** Routes the workflow actions on one submission; each returns the updated record. */
export function actionRouter(db: Knex, options: { providerIpRanges?: string[]; siteFetch?: SiteFetchOptions }): Router {
  const router = Router();
  const respond = async (req: Request, id: string) => readSubmission(db, id, actor(req));

  router.post('/next', async (req, res) => {
    const row = await claimNext(db, actor(req));
    req.log.info({ reference: row.reference }, 'claimed next application');
    res.json(await respond(req, row.id));
  });

  router.post('/:id/claim', async (req, res) => {
    const row = await claim(db, String(req.params.id), req.body?.version, actor(req));
    req.log.info({ reference: row.reference }, 'claimed');
    res.json(await respond(req, row.id));
  });

  router.post('/:id/release', async (req, res) => {
    const row = await release(db, String(req.params.id), req.body?.version, actor(req));
    req.log.info({ reference: row.reference }, 'released');
    res.json(await respond(req, row.id));
  });

  router.post('/:id/assign', requireRole('supervisor'), async (req, res) => {
    const row = await assign(db, String(req.params.id), req.body?.version, req.body?.assigneeId, actor(req));
    req.log.info({ reference: row.reference, assigneeId: row.assignee_id }, 'assigned');
    res.json(await respond(req, row.id));
  });

  router.post('/:id/reject', async (req, res) => {
    const row = await reject(db, String(req.params.id), req.body?.version, req.body?.reasons, actor(req));
    req.log.info({ reference: row.reference }, 'rejected; email queued');
    res.json(await respond(req, row.id));
  });

  // Changes nothing, so it needs no version: the reject dialog shows the email before sending.
  router.post('/:id/reject/preview', async (req, res) => {
    res.json(await previewRejection(db, String(req.params.id), req.body?.reasons, actor(req)));
  });

  router.post('/:id/forward', async (req, res) => {
    const row = await forward(db, String(req.params.id), req.body?.version, req.body?.overrides, actor(req));
    req.log.info({ reference: row.reference }, 'forwarded to MIIT; email queued');
    res.json(await respond(req, row.id));
  });

  router.post('/:id/reforward', requireRole('supervisor'), async (req, res) => {
    const row = await reforward(db, String(req.params.id), req.body?.version, actor(req));
    req.log.info({ reference: row.reference }, 'forwarded to MIIT again');
    res.json(await respond(req, row.id));
  });

  router.post('/:id/withdraw', requireRole('supervisor'), async (req, res) => {
    const row = await withdraw(db, String(req.params.id), req.body?.version, req.body?.reason, actor(req));
    req.log.info({ reference: row.reference }, 'withdrawn');
    res.json(await respond(req, row.id));
  });

  router.post('/:id/miit-events', requireRole('supervisor'), async (req, res) => {
    const row = await recordMiitEvent(db, String(req.params.id), req.body?.version, {
      event: req.body?.event,
      filingNumbers: req.body?.filingNumbers,
      reason: req.body?.reason,
    }, actor(req));
    req.log.info({ reference: row.reference, event: req.body?.event }, 'MIIT event recorded');
    res.json(await respond(req, row.id));
  });

  router.post('/:id/rerun-checks', async (req, res) => {
    await rerunChecks(db, String(req.params.id), req.body?.version, actor(req), options.providerIpRanges);
    res.json(await respond(req, String(req.params.id)));
  });

  router.post('/:id/site-check', async (req, res) => {
    await runSiteCheck(db, String(req.params.id), req.body?.version, actor(req), options.siteFetch);
    res.json(await respond(req, String(req.params.id)));
  });

  return router;
}
