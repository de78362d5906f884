/** URL of the submissions list filtered by `filter`, as react-admin reads it from the query string. */
export const submissionsListUrl = (filter: Record<string, unknown>) =>
  `/submissions?${new URLSearchParams({
    filter: JSON.stringify(filter),
    page: '1',
  }).toString()}`;

const HOUR = 3_600_000;

/** Builds the submissions filter of a queue-age bucket, as a receivedAt range measured back from `now`. */
export const queueAgeFilter = (bucket: string, now = Date.now()) => {
  const ago = (hours: number) => new Date(now - hours * HOUR).toISOString();
  const ranges: Record<string, [number | null, number | null]> = {
    '<4h': [4, null],
    '4-24h': [24, 4],
    '1-3d': [72, 24],
    '3-7d': [168, 72],
    '>7d': [null, 168],
  };
  const [olderThanHours, newerThanHours] = ranges[bucket] ?? [null, null];
  return {
    status: 'pending_review',
    ...(olderThanHours !== null ? { receivedAt_gte: ago(olderThanHours) } : {}),
    ...(newerThanHours !== null ? { receivedAt_lte: ago(newerThanHours) } : {}),
  };
};

/** Statuses an application passes through after each stage of the MIIT funnel. */
export const FUNNEL_FILTERS: Record<string, Record<string, unknown>> = {
  forwarded: { status: ['sms_pending', 'miit_review', 'approved', 'miit_rejected', 'sms_expired'] },
  smsVerified: { status: ['miit_review', 'approved', 'miit_rejected'] },
  approved: { status: 'approved' },
  miitRejected: { status: 'miit_rejected' },
  smsExpired: { status: 'sms_expired' },
};
