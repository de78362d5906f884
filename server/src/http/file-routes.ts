import { Router } from 'express';
import type { Knex } from 'knex';
import { isUuid } from '../domain/ids';
import { NotFoundError } from './errors';

/** Media types a material is served as; anything else goes out as a download. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png']);

export function fileRouter(db: Knex): Router {
  const router = Router();
  router.get('/:materialId', async (req, res) => {
    const id = String(req.params.materialId);
    if (!isUuid(id)) throw new NotFoundError(`No material with id ${id}.`);
    const row = await db('materials as m')
      .join('files as f', 'f.id', 'm.file_id')
      .where('m.id', id)
      .first('m.file_name', 'm.sniffed_type', 'f.content', 'f.sha256');
    if (!row) throw new NotFoundError(`No material with id ${id}.`);
    const inline = INLINE_TYPES.has(row.sniffed_type);
    // The type comes from the sniffed bytes, never from the client's declaration.
    res.set('Content-Type', inline ? row.sniffed_type : 'application/octet-stream');
    res.set('X-Content-Type-Options', 'nosniff');
    res.set('Content-Security-Policy', "default-src 'none'; sandbox");
    res.set('Cache-Control', 'private, max-age=3600');
    res.set('ETag', `"${row.sha256}"`);
    res.set(
      'Content-Disposition',
      `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.file_name)}`,
    );
    res.send(row.content);
  });
  return router;
}
