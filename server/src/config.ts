import path from 'node:path';
import ipaddr from 'ipaddr.js';

/** Start-up settings read from the environment, with the documented defaults. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Unset means the embedded PostgreSQL in `dataDir/pgdata`. */
  databaseUrl: string | undefined;
  /** Unset means emails are written as `.eml` files to `dataDir/mail`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  intakeApiKeys: string[];
  providerIpRanges: string[] | undefined;
  demoData: boolean;
  /** Link back to the customer portal, used in emails. */
  portalUrl: string;
  /** Start the outbox and SMS-expiry workers in this process. */
  runJobs: boolean;
  logLevel: string;
  /** Proxies whose `X-Forwarded-For` header is trusted, in Express's `trust proxy` form. */
  trustProxy: string[];
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** Parses TRUST_PROXY: Express's proxy names, IP addresses and CIDR ranges. */
function parseTrustProxy(value: string | undefined): string[] {
  const items = parseList(value);
  // Only a proxy on this machine by default: trusting private ranges would let any client on
  // an office network choose its address with X-Forwarded-For.
  if (items.length === 0) return ['loopback'];
  for (const item of items) {
    if (PROXY_NAMES.includes(item)) continue;
    const valid = item.includes('/') ? isCidr(item) : ipaddr.isValid(item);
    if (!valid) {
      throw new Error(`TRUST_PROXY: "${item}" is not an IP address, a CIDR range or one of ${PROXY_NAMES.join(', ')}`);
    }
  }
  return items;
}

function isCidr(value: string): boolean {
  try {
    ipaddr.parseCIDR(value);
    return true;
  } catch {
    return false;
  }
}

function parseList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function parseBoolean(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (['1', 'true', 'on', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'off', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be on or off, got "${value}"`);
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const ipRanges = parseList(env.PROVIDER_IP_RANGES);
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'ICP备案服务 <beian@localhost>',
    intakeApiKeys: parseList(env.INTAKE_API_KEYS),
    providerIpRanges: ipRanges.length > 0 ? ipRanges : undefined,
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA) ?? databaseUrl === undefined,
    portalUrl: env.PORTAL_URL || 'https://beian.example.com/portal',
    runJobs: parseBoolean('RUN_JOBS', env.RUN_JOBS) ?? true,
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}
