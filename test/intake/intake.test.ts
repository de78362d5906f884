import request from 'supertest';
import { INTAKE_KEY, startTestApp, type TestApp } from '../support/app';
import { dryRun, exampleNames, fileFor, loadExample, submitApplication } from '../support/fixtures';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

async function countRows() {
  const counts: Record<string, number> = {};
  for (const table of ['submissions', 'revisions', 'materials', 'files', 'findings', 'revision_people']) {
    const [{ count }] = await t.db(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  return counts;
}

describe('POST /api/intake/check', () => {
  test('dry run stores nothing', async () => {
    const before = await countRows();
    const response = await dryRun(t.app, { ...loadExample('change'), externalId: 'DRY-1' });
    expect(response.status).toBe(200);
    expect(response.body.findings).toEqual([]);
    expect(response.body.passed.length).toBeGreaterThan(40);
    expect(await countRows()).toEqual(before);
  });

  test('stored application is not its own conflict', async () => {
    const application = { ...loadExample('new_website_filed_elsewhere'), externalId: 'DRY-SELF' };
    expect((await submitApplication(t.app, application)).status).toBe(201);
    const response = await dryRun(t.app, application);
    expect(response.body.findings).toEqual([]);
    await t.db('submissions').where({ external_id: 'DRY-SELF' }).delete();
  });

  test('malformed dry run is a 400 by field', async () => {
    const application = JSON.parse(JSON.stringify(loadExample('new_filing')));
    application.materials[0].size = 'big';
    const response = await dryRun(t.app, application);
    expect(response.status).toBe(400);
    expect(response.body.errors['materials[0].size']).toMatch(/integer/);
  });
});

describe('POST /api/intake/submissions', () => {
  test.each(exampleNames())('stores example %s without findings', async (name) => {
    const application = loadExample(name);
    const response = await submitApplication(t.app, application);
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('pending_review');
    expect(response.body.revision).toBe(1);
    expect(response.body.reference).toMatch(/^BA\d{4}-\d{6}$/);
    expect(response.body.findings).toEqual([]);
    const stored = await t.db('submissions').where({ external_id: application.externalId }).first();
    expect(stored.id).toBe(response.body.id);
    const materials = await t.db('materials as m').join('revisions as r', 'r.id', 'm.revision_id').where('r.submission_id', stored.id);
    expect(materials).toHaveLength(application.materials.length);
  });

  test('same externalId and content returns the stored submission', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'IDEMPOTENT-1' };
    application.entity = { ...application.entity, certificateNumber: '91350203MA2XYZ0001' };
    const first = await submitApplication(t.app, application);
    expect(first.status).toBe(201);
    const before = await countRows();
    const second = await submitApplication(t.app, application);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.findings).toEqual(first.body.findings);
    expect(await countRows()).toEqual(before);
  });

  test('other content while pending is a conflict', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'CONFLICT-1' };
    expect((await submitApplication(t.app, application)).status).toBe(201);
    const changed = { ...application, applicant: { ...application.applicant, name: '另一个人' } };
    const response = await submitApplication(t.app, changed);
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/pending_review/);
  });

  test('resubmission after rejection adds a revision', async () => {
    const application = { ...loadExample('new_website'), externalId: 'RESUBMIT-1' };
    const first = await submitApplication(t.app, application);
    expect(first.status).toBe(201);
    await t.db('submissions').where({ id: first.body.id }).update({ status: 'rejected' });
    const changed = { ...application, submittedAt: '2026-11-12T10:00:00+08:00' };
    const second = await submitApplication(t.app, changed);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.revision).toBe(2);
    expect(second.body.status).toBe('pending_review');
    const revisions = await t.db('revisions').where({ submission_id: first.body.id }).orderBy('number');
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(revisions[0].payload.submittedAt).toBe(application.submittedAt);
  });

  test('keeps a Chinese file name intact', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'UTF8-NAME-1' };
    application.entity = { ...application.entity, certificateNumber: '91350203MA2XYZ0002' };
    const response = await submitApplication(t.app, application, {}, { 'entity-cert': '营业执照（副本）.jpg' });
    expect(response.status).toBe(201);
    const material = await t.db('materials as m')
      .join('revisions as r', 'r.id', 'm.revision_id')
      .where({ 'r.submission_id': response.body.id, 'm.material_id': 'entity-cert' })
      .first('m.file_name');
    expect(material.file_name).toBe('营业执照（副本）.jpg');
  });

  test('judges uploaded bytes, not the declared type', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'SNIFF-1' };
    application.entity = { ...application.entity, certificateNumber: '91350203MA2XYZ0003' };
    const response = await submitApplication(t.app, application, { 'w0-photo': fileFor('photo-gif.gif') });
    expect(response.status).toBe(201);
    const photoIndex = application.materials.findIndex((m) => m.id === 'w0-photo');
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({ rule: 'materials.type_not_allowed', path: `materials[${photoIndex}]` }),
    );
  });

  test('stores an image over 200 KiB with a finding', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'LARGE-1' };
    application.entity = { ...application.entity, certificateNumber: '91350203MA2XYZ0004' };
    const response = await submitApplication(t.app, application, { 'w0-photo': fileFor('photo-over-limit.jpg') });
    expect(response.status).toBe(201);
    expect(response.body.findings.map((f: { rule: string }) => f.rule)).toContain('materials.too_large');
  });
});

describe('malformed intake', () => {
  const cases: Array<[string, (app: any) => void, string]> = [
    ['required field absent', (app) => delete app.entity.name, 'entity.name'],
    ['wrong type', (app) => (app.websites[0].ips = '203.0.113.21'), 'websites[0].ips'],
    ['unknown enum value', (app) => (app.type = 'new_thing'), 'type'],
    ['unknown field', (app) => (app.entity.nickname = 'x'), 'entity.nickname'],
    ['full-width server region code', (app) => (app.websites[0].serverRegion = '３５０２００'), 'websites[0].serverRegion'],
    ['change without previous', (app) => (app.type = 'change'), 'previous'],
    ['bad date', (app) => (app.websites[0].domainExpiresAt = '2028/03/15'), 'websites[0].domainExpiresAt'],
    ['full-width entity region code', (app) => (app.entity.region.province = '３５００００'), 'entity.region.province'],
    ['blank externalId', (app) => (app.externalId = '   '), 'externalId'],
    ['applicant email with a header', (app) => (app.applicant.email = 'a@example.cn\r\nBcc: b@example.cn'), 'applicant.email'],
    ['applicant email invalid', (app) => (app.applicant.email = 'not-an-address'), 'applicant.email'],
    ['entity name of 2,500 characters', (app) => (app.entity.name = '<script>😀'.repeat(250)), 'entity.name'],
    ['domain over the length limit', (app) => (app.websites[0].domains[0] = `${'a'.repeat(501)}.cn`), 'websites[0].domains[0]'],
    ['submitted in 2030', (app) => (app.submittedAt = '2030-01-01T09:00:00+08:00'), 'submittedAt'],
    ['submitted in 1900', (app) => (app.submittedAt = '1900-01-01T00:00:00+08:00'), 'submittedAt'],
    ['submitted on a leap second', (app) => (app.submittedAt = '2026-12-04T07:59:60+08:00'), 'submittedAt'],
    ['NUL character in a name', (app) => (app.entity.name = '溪岚\u0000茶事'), 'entity.name'],
  ];

  test.each(cases)('%s is a 400 naming the field, nothing stored', async (_name, mutate, path) => {
    const application = JSON.parse(JSON.stringify({ ...loadExample('new_filing'), externalId: `BAD-${path}` }));
    mutate(application);
    const before = await countRows();
    const response = await submitApplication(t.app, application);
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty([path]);
    expect(typeof response.body.message).toBe('string');
    expect(await countRows()).toEqual(before);
  });

  test('the limits name the length and the fix', async () => {
    const application = JSON.parse(JSON.stringify(loadExample('new_filing')));
    application.entity.name = 'x'.repeat(501);
    application.submittedAt = new Date(Date.now() + 3600_000).toISOString();
    const response = await dryRun(t.app, application);
    expect(response.status).toBe(400);
    expect(response.body.errors['entity.name']).toBe('is 501 characters long: shorten it to at most 500');
    expect(response.body.errors.submittedAt).toMatch(/^is in the future/);
  });

  test('length counts characters, not UTF-16 units', async () => {
    const application = JSON.parse(JSON.stringify(loadExample('new_filing')));
    application.entity.mailingAddress = '𠮷'.repeat(500);
    expect((await dryRun(t.app, application)).status).toBe(200);
    application.entity.mailingAddress = '𠮷'.repeat(501);
    const response = await dryRun(t.app, application);
    expect(response.body.errors['entity.mailingAddress']).toBe('is 501 characters long: shorten it to at most 500');
  });

  test('an over-long field is named beside a schema error', async () => {
    const application = JSON.parse(JSON.stringify(loadExample('new_filing')));
    application.entity.name = 'x'.repeat(600);
    application.materials[0].size = 'big';
    const response = await dryRun(t.app, application);
    expect(response.status).toBe(400);
    expect(response.body.errors['entity.name']).toMatch(/600 characters/);
    expect(response.body.errors['materials[0].size']).toBeDefined();
  });

  test('a submission time a few minutes ahead is accepted', async () => {
    const application = JSON.parse(JSON.stringify(loadExample('new_filing')));
    application.submittedAt = new Date(Date.now() + 5 * 60_000).toISOString();
    expect((await dryRun(t.app, application)).status).toBe(200);
  });

  test('payload that is not JSON', async () => {
    const response = await request(t.app)
      .post('/api/intake/submissions')
      .set('Authorization', `Bearer ${INTAKE_KEY}`)
      .field('payload', '{not json');
    expect(response.status).toBe(400);
    expect(response.body.errors.payload).toMatch(/not valid JSON/);
  });

  test('missing payload part', async () => {
    const response = await request(t.app)
      .post('/api/intake/submissions')
      .set('Authorization', `Bearer ${INTAKE_KEY}`)
      .attach('x', fileFor('w0-form.jpg'), 'x.jpg');
    expect(response.status).toBe(400);
    expect(response.body.errors.payload).toMatch(/required/);
  });

  test('material without its file part', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'NOFILE-1' };
    const before = await countRows();
    const call = request(t.app)
      .post('/api/intake/submissions')
      .set('Authorization', `Bearer ${INTAKE_KEY}`)
      .field('payload', JSON.stringify(application));
    for (const material of application.materials.slice(1)) call.attach(material.id, fileFor(material.fileName), material.fileName);
    const response = await call;
    expect(response.status).toBe(400);
    expect(response.body.errors['materials[0]']).toMatch(/no file part named "entity-cert"/);
    expect(await countRows()).toEqual(before);
  });

  test('file part no material lists', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'EXTRA-1' };
    const response = await submitApplication(t.app, application).attach('stray', fileFor('w0-form.jpg'), 'stray.jpg');
    expect(response.status).toBe(400);
    expect(response.body.errors.stray).toMatch(/no material lists/);
  });

  test('file over 5 MiB is a 413 and nothing is stored', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'HUGE-1' };
    const before = await countRows();
    const response = await submitApplication(t.app, application, { 'w0-photo': Buffer.alloc(5 * 1024 * 1024 + 1, 0xff) });
    expect(response.status).toBe(413);
    expect(await countRows()).toEqual(before);
  });

  test('request over 40 MiB is a 413', async () => {
    const response = await request(t.app)
      .post('/api/intake/submissions')
      .set('Authorization', `Bearer ${INTAKE_KEY}`)
      .set('Content-Type', 'multipart/form-data; boundary=x')
      .set('Content-Length', String(41 * 1024 * 1024))
      .send('');
    expect(response.status).toBe(413);
  });

  test('missing or wrong API key is a 401', async () => {
    const application = loadExample('new_filing');
    expect((await request(t.app).post('/api/intake/check').send(application)).status).toBe(401);
    expect((await request(t.app).post('/api/intake/check').set('Authorization', 'Bearer nope').send(application)).status).toBe(401);
  });
});

describe('atomic intake', () => {
  test('a database failure halfway leaves no row and no file', async () => {
    const application = { ...loadExample('new_filing'), externalId: 'ATOMIC-1' };
    application.entity = { ...application.entity, certificateNumber: '91350203MA2XYZ0005' };
    await t.db.raw(`CREATE OR REPLACE FUNCTION fail_on_photo() RETURNS trigger AS $$
      BEGIN IF NEW.material_id = 'w0-photo' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await t.db.raw('CREATE TRIGGER fail_on_photo BEFORE INSERT ON materials FOR EACH ROW EXECUTE FUNCTION fail_on_photo()');
    try {
      const before = await countRows();
      const response = await submitApplication(t.app, application);
      expect(response.status).toBe(500);
      expect(await countRows()).toEqual(before);
    } finally {
      await t.db.raw('DROP TRIGGER fail_on_photo ON materials');
      await t.db.raw('DROP FUNCTION fail_on_photo()');
    }
    expect((await submitApplication(t.app, application)).status).toBe(201);
  });
});

describe('GET /api/intake/submissions/:externalId', () => {
  test('reports status and no internal data', async () => {
    const application = { ...loadExample('access_transfer'), externalId: 'STATUS-1' };
    const created = await submitApplication(t.app, application);
    expect(created.status).toBe(201);
    const response = await request(t.app).get('/api/intake/submissions/STATUS-1').set('Authorization', `Bearer ${INTAKE_KEY}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      reference: created.body.reference,
      status: 'pending_review',
      revision: 1,
      updatedAt: expect.any(String),
      reasons: [],
    });
  });

  test('unknown externalId is a 404', async () => {
    const response = await request(t.app).get('/api/intake/submissions/NOPE').set('Authorization', `Bearer ${INTAKE_KEY}`);
    expect(response.status).toBe(404);
  });
});

