import { Router } from 'express';
import type { Knex } from 'knex';
import multer from 'multer';
import { listRules } from '../domain/rules/evaluate';
import { importMiitEvents } from '../services/miit-import';
import { loadDashboard } from '../store/dashboard';
import { requireRole } from './auth-middleware';
import { InputError } from './errors';

const csvUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024, files: 1 } });

/** Routes the rule catalogue, the dashboard and the MIIT CSV import. */
export function supervisorRouter(db: Knex): Router {
  const router = Router();

  router.get('/rules', (_req, res) => {
    res.json(listRules());
  });

  router.get('/dashboard', requireRole('supervisor'), async (_req, res) => {
    res.json(await loadDashboard(db));
  });

  router.post('/miit-events/import', requireRole('supervisor'), csvUpload.single('file'), async (req, res) => {
    if (!req.file) {
      throw new InputError('Upload the CSV in a multipart part named "file".', { file: 'is required' });
    }
    const report = await importMiitEvents(db, req.file.buffer, { id: req.user!.id, role: req.user!.role });
    req.log.info({ applied: report.applied.length, failed: report.failed.length }, 'MIIT events imported');
    res.json(report);
  });

  return router;
}
