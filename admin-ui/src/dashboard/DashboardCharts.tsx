import { useTheme } from '@mui/material';
import { useMemo } from 'react';
import { useNavigate, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { STATUSES } from '../common/choices';
import type { DashboardData } from '../providers/types';
import { useRules } from '../submissions/review/useRules';
import { ChartCard } from './ChartCard';
import { FUNNEL_FILTERS, queueAgeFilter, submissionsListUrl } from './links';

const SERIES_COLORS = ['#1d5fa8', '#2e7d32', '#ed6c02', '#9c27b0', '#00838f', '#c62828', '#6d4c41', '#546e7a'];
const QUEUE_AGE_ORDER = ['<4h', '4-24h', '1-3d', '3-7d', '>7d'];
// Older buckets turn orange, then red: the first review is due within 1 working day.
const QUEUE_AGE_COLORS = ['#1d5fa8', '#1d5fa8', '#ed6c02', '#c62828', '#c62828'];

const statusRank = (status: string) => {
  const index = (STATUSES as readonly string[]).indexOf(status);
  return index < 0 ? STATUSES.length : index;
};

/** The last `count` calendar days in Beijing time, oldest first, as YYYY-MM-DD. */
const lastDays = (count: number, now = Date.now()) =>
  Array.from({ length: count }, (_, index) =>
    new Date(now + 8 * 3_600_000 - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10),
  );

const useAxisColor = () => useTheme().palette.text.secondary;

export const StatusChart = ({ data }: { data: DashboardData['byStatus'] }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const axis = useAxisColor();
  const rows = [...data]
    .sort((a, b) => statusRank(a.status) - statusRank(b.status))
    .map((row) => ({ ...row, label: translate(`app.status.${row.status}`, { _: row.status }) }));
  return (
    <ChartCard title="app.dashboard.by_status">
      <ResponsiveContainer>
        {/* Horizontal bars: nine status labels side by side overlap in a third of a 1366 px screen. */}
        <BarChart data={rows} layout="vertical" margin={{ left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: axis }} />
          <YAxis type="category" dataKey="label" width={104} interval={0} tick={{ fontSize: 11, fill: axis }} />
          <Tooltip />
          <Bar
            dataKey="count"
            name={translate('app.dashboard.count')}
            fill={SERIES_COLORS[0]}
            cursor="pointer"
            onClick={(entry) => navigate(submissionsListUrl({ status: (entry as unknown as { status: string }).status }))}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

export const QueueAgeChart = ({ data }: { data: DashboardData['queueAge'] }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const axis = useAxisColor();
  const rows = QUEUE_AGE_ORDER.map((bucket) => ({
    bucket,
    label: translate(`app.queue_age.${bucket}`),
    count: data.find((row) => row.bucket === bucket)?.count ?? 0,
  }));
  return (
    <ChartCard title="app.dashboard.queue_age">
      <ResponsiveContainer>
        <BarChart data={rows} margin={{ left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: axis }} />
          <YAxis allowDecimals={false} tick={{ fill: axis }} />
          <Tooltip />
          <Bar
            dataKey="count"
            name={translate('app.dashboard.count')}
            cursor="pointer"
            onClick={(entry) => navigate(submissionsListUrl(queueAgeFilter((entry as unknown as { bucket: string }).bucket)))}
          >
            {rows.map((row, index) => (
              <Cell key={row.bucket} fill={QUEUE_AGE_COLORS[index]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

/** Decisions (rejections plus forwards) per day, one stacked series per specialist. */
export const DecisionsChart = ({ data }: { data: DashboardData['decisionsPerSpecialist'] }) => {
  const navigate = useNavigate();
  const axis = useAxisColor();
  const { rows, users } = useMemo(() => {
    const byDay = new Map<string, Record<string, number | string>>(
      lastDays(14).map((day) => [day, { day: day.slice(5) }]),
    );
    const names = new Map<string, string>();
    for (const row of data) {
      names.set(row.userId, row.userName);
      const day = byDay.get(row.day) ?? { day: row.day.slice(5) };
      const previous = (day[row.userId] as number | undefined) ?? 0;
      day[row.userId] = previous + row.rejected + row.forwarded;
      byDay.set(row.day, day);
    }
    const sortedDays = [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b));
    return {
      rows: sortedDays.map(([, value]) => value),
      users: [...names.entries()],
    };
  }, [data]);
  return (
    <ChartCard title="app.dashboard.decisions">
      <ResponsiveContainer>
        <BarChart data={rows} margin={{ left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 11, fill: axis }} />
          <YAxis allowDecimals={false} tick={{ fill: axis }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {users.map(([userId, userName], index) => (
            <Bar
              key={userId}
              dataKey={userId}
              name={userName}
              stackId="decisions"
              fill={SERIES_COLORS[index % SERIES_COLORS.length]}
              cursor="pointer"
              onClick={() => navigate(submissionsListUrl({ assigneeId: userId }))}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

// Width in px of a character at the 11 px axis font: CJK glyphs are square, Latin about half as wide.
const charWidth = (char: string) => (/[\u2e80-\uffff]/.test(char) ? 11 : 6.2);

/** Splits a label into at most `maxLines` lines of `lineWidth` px, the last ending in … when cut. */
export const wrapLabel = (text: string, lineWidth: number, maxLines: number): string[] => {
  const lines: string[] = [];
  let current = '';
  let width = 0;
  for (const char of Array.from(text)) {
    const next = charWidth(char);
    if (width + next > lineWidth && current) {
      lines.push(current);
      current = '';
      width = 0;
      if (lines.length === maxLines) break;
    }
    current += char;
    width += next;
  }
  if (lines.length < maxLines && current) lines.push(current);
  const consumed = lines.join('').length;
  if (consumed < text.length) {
    const last = Array.from(lines[maxLines - 1]);
    lines[maxLines - 1] = `${last.slice(0, Math.max(1, last.length - 1)).join('')}…`;
  }
  return lines;
};

const RULE_AXIS_WIDTH = 230;

/** A Y-axis tick of the rules chart: up to two lines, the full text and rule id in an SVG title. */
const RuleTick = ({
  x,
  y,
  payload,
  rows,
  fill,
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
  rows: Array<{ label: string; hint: string }>;
  fill: string;
}) => {
  const label = payload?.value ?? '';
  const hint = rows.find((row) => row.label === label)?.hint ?? label;
  const lines = wrapLabel(label, RULE_AXIS_WIDTH - 12, 2);
  const lineHeight = 13;
  const top = (y ?? 0) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <g>
      <title>{hint}</title>
      <text x={(x ?? 0) - 4} y={top} textAnchor="end" dominantBaseline="central" fontSize={11} fill={fill}>
        {lines.map((line, index) => (
          <tspan key={index} x={(x ?? 0) - 4} dy={index === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
};

/**
 * Rejection counts per rule, labelled with the rule's title from GET /api/rules.
 * Reasons written by hand have no rule id, so the server leaves them out.
 */
export const TopRulesChart = ({ data }: { data: DashboardData['topRejectionRules'] }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const rules = useRules();
  const axis = useAxisColor();
  const rows = data.map((row) => {
    const rule = rules.get(row.ruleId);
    return {
      ...row,
      label: rule?.title ?? row.ruleId,
      hint: rule ? `${rule.title}\n${translate('app.dashboard.rule_id', { id: row.ruleId })}` : row.ruleId,
    };
  });
  return (
    <ChartCard title="app.dashboard.top_rules" height={Math.max(200, rows.length * 34 + 40)}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: axis }} />
          <YAxis
            type="category"
            dataKey="label"
            width={RULE_AXIS_WIDTH}
            interval={0}
            tick={<RuleTick rows={rows} fill={axis} />}
          />
          <Tooltip />
          <Bar
            dataKey="count"
            name={translate('app.dashboard.count')}
            fill="#c62828"
            cursor="pointer"
            onClick={() => navigate(submissionsListUrl({ status: 'rejected' }))}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

export const FunnelChart = ({ data }: { data: DashboardData['funnel'] }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const axis = useAxisColor();
  const stages = ['forwarded', 'smsVerified', 'approved', 'miitRejected', 'smsExpired'] as const;
  const colors = ['#1d5fa8', '#00838f', '#2e7d32', '#c62828', '#ed6c02'];
  const rows = stages.map((stage) => ({
    stage,
    label: translate(`app.dashboard.funnel_stage.${stage}`),
    count: data[stage] ?? 0,
  }));
  return (
    <ChartCard title="app.dashboard.funnel">
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 20 }}>
          <XAxis type="number" allowDecimals={false} tick={{ fill: axis }} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12, fill: axis }} />
          <Tooltip />
          <Bar
            dataKey="count"
            name={translate('app.dashboard.count')}
            cursor="pointer"
            onClick={(entry) => navigate(submissionsListUrl(FUNNEL_FILTERS[(entry as unknown as { stage: string }).stage]))}
          >
            {rows.map((row, index) => (
              <Cell key={row.stage} fill={colors[index]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};
