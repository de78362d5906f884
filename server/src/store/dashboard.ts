import type { Knex } from 'knex';
import { hoursUntil } from '../domain/time';

const QUEUE_AGE_BUCKETS = `CASE
  WHEN age < interval '4 hours' THEN '<4h'
  WHEN age < interval '24 hours' THEN '4-24h'
  WHEN age < interval '3 days' THEN '1-3d'
  WHEN age < interval '7 days' THEN '3-7d'
  ELSE '>7d' END`;

function deadlineRows(rows: Array<Record<string, any>>, now: Date) {
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    entityName: row.entity_name,
    status: row.status,
    dueAt: row.clock_due_at,
    smsDeadline: row.sms_deadline,
    hoursLeft: hoursUntil(row.clock_due_at, now),
  }));
}

/** Loads the supervisor's overview: queue, deadlines, throughput and MIIT outcomes. */
export async function loadDashboard(db: Knex, now = new Date()) {
  const columns = ['id', 'reference', 'entity_name', 'status', 'clock_due_at', 'sms_deadline'];
  const sixHours = new Date(now.getTime() + 6 * 3600 * 1000);
  const fourteenDaysAgo = new Date(now.getTime() - 14 * 24 * 3600 * 1000);

  const byStatus = await db('submissions').select('status').count({ count: '*' }).groupBy('status');
  const smsDueSoon = await db('submissions')
    .where({ status: 'sms_pending' })
    .andWhere('clock_due_at', '>', now)
    .andWhere('clock_due_at', '<=', sixHours)
    .orderBy('clock_due_at')
    .select(columns);
  const miitOverdue = await db('submissions').where({ status: 'miit_review' }).andWhere('clock_due_at', '<=', now).orderBy('clock_due_at').select(columns);
  const miitDueSoon = await db('submissions')
    .where({ status: 'miit_review' })
    .andWhere('clock_due_soon_at', '<=', now)
    .andWhere('clock_due_at', '>', now)
    .orderBy('clock_due_at')
    .select(columns);
  const firstReviewOverdue = await db('submissions')
    .whereIn('status', ['pending_review', 'in_review'])
    .andWhere('clock_due_at', '<=', now)
    .orderBy('clock_due_at')
    .select(columns);
  // Claimed applications (in_review) are being reviewed, so they leave this chart.
  const queueAge = await db
    .from(db('submissions').where({ status: 'pending_review' }).select(db.raw('? - received_at AS age', [now])).as('q'))
    .select(db.raw(`${QUEUE_AGE_BUCKETS} AS bucket`))
    .count({ count: '*' })
    .groupBy('bucket');
  const decisions = await db('audit_events as a')
    .join('users as u', 'u.id', 'a.actor_id')
    .whereIn('a.action', ['reject', 'forward'])
    .andWhere('a.created_at', '>=', fourteenDaysAgo)
    .select(
      db.raw(`to_char(a.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day`),
      'u.id as user_id',
      'u.display_name as user_name',
      db.raw(`count(*) FILTER (WHERE a.action = 'reject') AS rejected`),
      db.raw(`count(*) FILTER (WHERE a.action = 'forward') AS forwarded`),
    )
    .groupBy('day', 'u.id', 'u.display_name')
    .orderBy('day');
  const { rows: topRules } = await db.raw(
    // A reason written by hand has no rule id, so it is left out.
    `SELECT reason->>'ruleId' AS rule_id, count(*) AS count
     FROM rejections, jsonb_array_elements(reasons) AS reason
     WHERE kind = 'rejected' AND coalesce(reason->>'ruleId', '') <> ''
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
  );
  const funnelRows = await db('audit_events')
    .whereIn('action', ['forward', 'reforward', 'miit_sms_verified', 'miit_approved', 'miit_rejected', 'miit_sms_expired'])
    .select('action')
    .count({ count: '*' })
    .groupBy('action');
  const funnelCount = (action: string) => Number(funnelRows.find((row: any) => row.action === action)?.count ?? 0);

  return {
    byStatus: byStatus.map((row: any) => ({ status: row.status, count: Number(row.count) })),
    smsDueSoon: deadlineRows(smsDueSoon, now),
    miitOverdue: deadlineRows(miitOverdue, now),
    miitDueSoon: deadlineRows(miitDueSoon, now),
    firstReviewOverdue: deadlineRows(firstReviewOverdue, now),
    queueAge: ['<4h', '4-24h', '1-3d', '3-7d', '>7d'].map((bucket) => ({
      bucket,
      count: Number(queueAge.find((row: any) => row.bucket === bucket)?.count ?? 0),
    })),
    decisionsPerSpecialist: decisions.map((row: any) => ({
      day: row.day,
      userId: row.user_id,
      userName: row.user_name,
      rejected: Number(row.rejected),
      forwarded: Number(row.forwarded),
    })),
    topRejectionRules: topRules.map((row: any) => ({ ruleId: row.rule_id, count: Number(row.count) })),
    funnel: {
      forwarded: funnelCount('forward') + funnelCount('reforward'),
      smsVerified: funnelCount('miit_sms_verified'),
      approved: funnelCount('miit_approved'),
      miitRejected: funnelCount('miit_rejected'),
      smsExpired: funnelCount('miit_sms_expired'),
    },
  };
}
