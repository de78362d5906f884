import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Application } from '../../server/src/domain/application';
import { INTAKE_KEY } from './app';

export const EXAMPLES_DIR = path.resolve(__dirname, '../fixtures/examples');
export const FILES_DIR = path.join(EXAMPLES_DIR, 'files');

export function loadExample(name: string): Application {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, `${name}.json`), 'utf8'));
}

export function exampleNames(): string[] {
  return fs
    .readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));
}

/** A small valid JPEG, for materials whose example file does not exist. */
export const TINY_JPEG = fs.readFileSync(path.join(FILES_DIR, 'w0-form.jpg'));

export function fileFor(fileName: string): Buffer {
  const file = path.join(FILES_DIR, fileName);
  return fs.existsSync(file) ? fs.readFileSync(file) : TINY_JPEG;
}

/**
 * Posts an application to the intake API as the portal does: the JSON in a
 * part named payload and one file part per material, named by its id.
 */
export function submitApplication(
  app: Parameters<typeof request>[0],
  application: Application,
  files: Record<string, Buffer> = {},
  fileNames: Record<string, string> = {},
) {
  let call = request(app)
    .post('/api/intake/submissions')
    .set('Authorization', `Bearer ${INTAKE_KEY}`)
    .field('payload', JSON.stringify(application));
  for (const material of application.materials) {
    const bytes = files[material.id] ?? fileFor(material.fileName);
    call = call.attach(material.id, bytes, {
      filename: fileNames[material.id] ?? material.fileName,
      contentType: material.contentType,
    });
  }
  return call;
}

export function dryRun(app: Parameters<typeof request>[0], application: unknown) {
  return request(app)
    .post('/api/intake/check')
    .set('Authorization', `Bearer ${INTAKE_KEY}`)
    .send(application as object);
}
