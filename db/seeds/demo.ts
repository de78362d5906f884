import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Knex } from 'knex';
import type { Config } from '../../server/src/config';
import { sniffFile } from '../../server/src/files/sniff';
import { logger } from '../../server/src/logger';
import { ingestApplication } from '../../server/src/services/intake';
import { expireSmsVerifications, recordMiitEvent } from '../../server/src/services/miit';
import { claim, forward, reject, withdraw } from '../../server/src/services/review';
import type { StoredFile } from '../../server/src/store/revisions';
import { createUser, type User } from '../../server/src/store/users';
import type { Application } from '../../server/src/domain/application';
import { FILING_PROVINCE_PREFIXES } from '../../server/src/domain/rules/lib/filing-number';
import { defaultWebsiteNumbers } from '../../server/src/domain/filing-numbers';
import { buildDemoApplications, type DemoApplication } from './demo/applications';

const DEMO_USERS = [
  { username: 'specialist', displayName: '王静（备案专员）', role: 'specialist' },
  { username: 'specialist2', displayName: '李航（备案专员）', role: 'specialist' },
  { username: 'supervisor', displayName: '陈敏（主管）', role: 'supervisor' },
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
] as const;

const HOUR = 3600 * 1000;

async function loadFiles(demo: DemoApplication): Promise<Map<string, StoredFile>> {
  const files = new Map<string, StoredFile>();
  for (const material of demo.application.materials) {
    const bytes = fs.readFileSync(demo.files[material.id]);
    files.set(material.id, {
      materialId: material.id,
      originalName: material.fileName,
      bytes,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      facts: await sniffFile(bytes),
    });
  }
  return files;
}

/**
 * Walks a stored demo application to its target status through the same
 * services the console uses. Each step happens at a plausible time between
 * its intake and now, so that clocks, queue ages and the dashboard's
 * per-day charts look like real work.
 */
async function walkToStatus(db: Knex, demo: DemoApplication, id: string, users: Record<string, User>, receivedAt: Date, now: Date) {
  const target = demo.targetStatus;
  if (target === 'pending_review') return;
  const specialist = users[demo.assignee ?? 'specialist'];
  const supervisor = users.supervisor;
  const actorOf = (user: User) => ({ id: user.id, role: user.role });
  const after = (hours: number) => new Date(Math.min(receivedAt.getTime() + hours * HOUR, now.getTime() - 60_000));
  let version = 1;
  const step = async (work: Promise<Record<string, any>>) => {
    version = (await work).version;
  };

  if (target === 'withdrawn') {
    await step(withdraw(db, id, version, '申请人在门户撤回申请', actorOf(supervisor), after(3)));
    return;
  }
  await step(claim(db, id, version, actorOf(specialist), after(0.5)));
  if (target === 'in_review') return;
  if (target === 'rejected') {
    const reasons = demo.rejectionReasons ?? [{ text: '证件照片不清晰、不完整或边缘缺失', suggestion: '重新拍摄彩色原件，四角完整、文字清晰' }];
    await step(reject(db, id, version, reasons, actorOf(specialist), after(2)));
    return;
  }

  // Everything past the first review was forwarded: the specialist overrode what the rules found.
  const errors = await db('findings as f')
    .join('revisions as r', 'r.id', 'f.revision_id')
    .where({ 'r.submission_id': id, 'f.severity': 'error' })
    .select('f.rule', 'f.path');
  const overrides = errors.map((f) => ({ ruleId: f.rule, path: f.path, justification: '演示数据：已电话核实，以原件为准' }));
  const forwardedAt = after(target === 'sms_pending' ? 0.4 : 3);
  await step(forward(db, id, version, overrides, actorOf(specialist), forwardedAt));
  if (target === 'sms_pending') return;
  if (target === 'sms_expired') {
    await expireSmsVerifications(db, new Date(forwardedAt.getTime() + 24 * HOUR + 60_000));
    return;
  }
  const verifiedAt = after(10);
  await step(recordMiitEvent(db, id, version, { event: 'sms_verified', occurredAt: verifiedAt }, actorOf(supervisor), verifiedAt));
  if (target === 'miit_review') return;
  const decidedAt = after(10 + Math.max(24, (now.getTime() - receivedAt.getTime()) / HOUR / 2));
  if (target === 'miit_rejected') {
    const reason = demo.miitReason ?? '网站名称与主办单位不符';
    await step(recordMiitEvent(db, id, version, { event: 'rejected', reason, occurredAt: decidedAt }, actorOf(supervisor), decidedAt));
    return;
  }
  const filingNumbers = demo.filingNumbers ?? demoFilingNumbers(demo);
  await step(recordMiitEvent(db, id, version, { event: 'approved', filingNumbers, occurredAt: decidedAt }, actorOf(supervisor), decidedAt));
}

function demoFilingNumbers(demo: DemoApplication) {
  const app = demo.application;
  const entity = app.entity.filingNumber ?? demoFilingNumber(app.entity.region.province, app.entity.certificateNumber);
  return { entity, websites: defaultWebsiteNumbers(app, entity) };
}

/**
 * A first revision with a flaw the specialist rejected, so that the demo
 * queue contains resubmissions with their earlier reasons and a diff.
 */
async function storeRejectedFirstRevision(db: Knex, demo: DemoApplication, users: Record<string, User>, receivedAt: Date, config: Pick<Config, 'providerIpRanges'>) {
  const flawed: Application = JSON.parse(JSON.stringify(demo.application));
  const website = flawed.websites.find((w) => w.status === 'new') ?? flawed.websites[0];
  website.name = `${website.domains[0] ?? 'www'} official site`;
  flawed.submittedAt = new Date(receivedAt.getTime() - 30 * HOUR).toISOString();
  const first = await ingestApplication(db, {
    application: flawed,
    files: await loadFiles(demo),
    providerIpRanges: config.providerIpRanges,
    now: new Date(receivedAt.getTime() - 30 * HOUR),
  });
  const specialist = { id: users.specialist.id, role: users.specialist.role };
  const claimed = await claim(db, first.submission.id, 1, specialist, new Date(receivedAt.getTime() - 29 * HOUR));
  const index = flawed.websites.indexOf(website);
  await reject(
    db,
    first.submission.id,
    claimed.version,
    [{ path: `websites[${index}].name`, ruleId: 'website.name.domain_or_latin', text: '网站名称不能只含字母、数字或域名', suggestion: '使用与单位名称或网站内容相符的中文名称' }],
    specialist,
    new Date(receivedAt.getTime() - 28 * HOUR),
  );
}

/**
 * Spreads the applications waiting at MIIT so that some SMS windows end
 * within 6 hours and some MIIT reviews are overdue or due soon, as a
 * supervisor's morning shows.
 */
function shiftDeadlineTimes(demos: DemoApplication[], now: Date): void {
  const shift = (demo: DemoApplication, hoursAgo: number) => {
    demo.hoursAgo = hoursAgo;
    demo.application.submittedAt = new Date(now.getTime() - hoursAgo * HOUR).toISOString();
  };
  const smsHours = [20.5, 9, 22.5, 12, 15];
  demos.filter((demo) => demo.targetStatus === 'sms_pending').forEach((demo, index) => shift(demo, smsHours[index % smsHours.length]));
  // MIIT reviews verified about 33 and 27 days ago: one overdue, one due within 3 working days.
  const miitHours = [800, 650];
  demos
    .filter((demo) => demo.targetStatus === 'miit_review' && demo.application.type === 'new_filing')
    .slice(0, miitHours.length)
    .forEach((demo, index) => shift(demo, miitHours[index]));
}

/** The first abbreviation per province prefix: the main one, listed before its alias. */
const ABBREVIATIONS: Record<string, string> = {};
for (const [abbreviation, prefix] of Object.entries(FILING_PROVINCE_PREFIXES)) ABBREVIATIONS[prefix] ??= abbreviation;

/** Derives a stable eight-digit filing number for a demo entity filed by this application. */
function demoFilingNumber(province: string, certificate: string): string {
  const digits = String(parseInt(crypto.createHash('sha256').update(certificate).digest('hex').slice(0, 8), 16) % 90000000 + 10000000);
  return `${ABBREVIATIONS[province.slice(0, 2)] ?? '京'}ICP备${digits}号`;
}

/**
 * Seeds the demo users and applications into an empty database. A database
 * that already has users is left alone, so restarting the demo keeps the
 * work done in it.
 */
export async function seedDemoData(db: Knex, config: Pick<Config, 'providerIpRanges'>, now = new Date()): Promise<void> {
  const [{ count }] = await db('users').count({ count: '*' });
  if (Number(count) > 0) return;
  const users: Record<string, User> = {};
  for (const user of DEMO_USERS) users[user.username] = await createUser(db, { ...user, password: 'demo' });

  const demos = buildDemoApplications(now);
  shiftDeadlineTimes(demos, now);
  const resubmitted = new Set(demos.filter((d) => d.targetStatus === 'pending_review' && d.deliberateFindings.length === 0).slice(0, 2));
  // Oldest first, so cross-submission rules see earlier filings as real work would.
  demos.sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const demo of demos) {
    const receivedAt = new Date(now.getTime() - demo.hoursAgo * HOUR);
    if (resubmitted.has(demo)) await storeRejectedFirstRevision(db, demo, users, receivedAt, config);
    const result = await ingestApplication(db, {
      application: demo.application,
      files: await loadFiles(demo),
      providerIpRanges: config.providerIpRanges,
      now: receivedAt,
    });
    await walkToStatus(db, demo, result.submission.id, users, receivedAt, now);
  }
  logger.info({ applications: demos.length, users: DEMO_USERS.map((u) => u.username) }, 'demo data seeded');
}
