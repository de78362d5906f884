import path from 'node:path';
import type { Knex } from 'knex';
import type { Config } from '../config';
import { logger } from '../logger';
import { expireSmsVerifications } from '../services/miit';
import { deleteExpiredSessions } from '../store/sessions';
import { folderTransport, smtpTransport, type MailTransport } from './mail-transport';
import { sendDueEmails } from './outbox';

export interface RunningJobs {
  stop(): Promise<void>;
}

/** Seconds between runs of each background job. */
export const JOB_INTERVALS = { outbox: 5, smsExpiry: 30, sessions: 3600 };

export function createTransport(config: Config): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : folderTransport(path.join(config.dataDir, 'mail'));
}

/**
 * Starts the outbox sender, the SMS-expiry clock and session clean-up in
 * this process. All their state is in PostgreSQL, claimed row by row with
 * SKIP LOCKED, so any number of app instances may run them at once.
 */
export function startJobs(db: Knex, config: Config): RunningJobs {
  const transport = createTransport(config);
  const log = logger.child({ component: 'jobs' });
  let stopped = false;
  const running = new Set<Promise<void>>();

  const every = (name: string, seconds: number, work: () => Promise<unknown>) => {
    const tick = async () => {
      if (stopped) return;
      const run = work()
        .then(() => undefined)
        .catch((error) => log.error({ err: error, job: name }, 'background job failed; will run again'));
      running.add(run);
      await run;
      running.delete(run);
      if (!stopped) timers.set(name, setTimeout(tick, seconds * 1000));
    };
    timers.set(name, setTimeout(tick, 1000));
  };
  const timers = new Map<string, NodeJS.Timeout>();

  every('outbox', JOB_INTERVALS.outbox, () => sendDueEmails(db, transport, { from: config.mailFrom, log }));
  every('sms-expiry', JOB_INTERVALS.smsExpiry, async () => {
    const expired = await expireSmsVerifications(db);
    if (expired.length) log.info({ references: expired }, 'SMS verification windows expired');
  });
  every('sessions', JOB_INTERVALS.sessions, () => deleteExpiredSessions(db));
  log.info({ smtp: Boolean(config.smtpUrl) }, 'background jobs started');

  return {
    async stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.all(running);
      transport.close();
    },
  };
}
