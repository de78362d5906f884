import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import { formatDateTime } from '../common/format';
import type { Clock } from '../providers/types';

const STATE_COLORS = {
  ok: 'default',
  due_soon: 'warning',
  overdue: 'error',
} as const;

/** Beijing calendar year of an instant, the year whose holiday schedule the deadline falls in. */
const beijingYear = (value: string) =>
  new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date(value));

/**
 * Renders the running deadline of a submission, red when overdue and orange
 * when due soon. A warning icon follows when the server computed the deadline
 * without the official holiday schedule of a year it runs through.
 */
export const ClockChip = ({
  clock: clockProp,
  compact = false,
}: {
  clock?: Clock | null;
  /** Leaves the clock's kind out of the label (it follows from the status) and names it in the tooltip. */
  compact?: boolean;
}) => {
  const translate = useTranslate();
  const record = useRecordContext<{ clock?: Clock | null }>();
  const clock = clockProp ?? record?.clock;
  if (!clock) return null;

  const kind = translate(`app.clock.${clock.kind}`, { _: clock.kind });
  // Compact labels come from app.clock.compact, which leaves the kind out.
  const group = compact ? 'app.clock.compact' : 'app.clock';
  let label: string;
  if (clock.state === 'overdue') {
    label = translate(`${group}.overdue`, { kind });
  } else if (clock.workingDaysLeft !== undefined && clock.workingDaysLeft !== null) {
    label = translate(`${group}.working_days_left`, {
      kind,
      smart_count: clock.workingDaysLeft,
    });
  } else if (clock.hoursLeft !== undefined && clock.hoursLeft !== null && clock.hoursLeft >= 48) {
    // Calendar days: a count of hundreds of hours is hard to read.
    label = translate(`${group}.days_left`, { kind, smart_count: Math.floor(clock.hoursLeft / 24) });
  } else if (clock.hoursLeft !== undefined && clock.hoursLeft !== null) {
    label = translate(`${group}.hours_left`, {
      kind,
      smart_count: Math.max(0, Math.floor(clock.hoursLeft)),
    });
  } else {
    label = kind;
  }

  const dueDate = translate('app.clock.due_at', { date: formatDateTime(clock.dueAt) });
  const dueText = compact ? `${kind} · ${dueDate}` : dueDate;
  // Only an explicit false warns: records from a server without the field count as published.
  const unpublished = clock.calendarPublished === false;
  const calendarWarning = unpublished
    ? translate('app.clock.calendar_unpublished', { year: beijingYear(clock.dueAt) })
    : '';

  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, whiteSpace: 'nowrap' }}>
      <Tooltip
        title={
          unpublished ? (
            <>
              {dueText}
              <br />
              {calendarWarning}
            </>
          ) : (
            dueText
          )
        }
      >
        <Chip
          size="small"
          color={STATE_COLORS[clock.state] ?? 'default'}
          variant={clock.state === 'ok' ? 'outlined' : 'filled'}
          label={label}
          data-clock-state={clock.state}
        />
      </Tooltip>
      {unpublished && (
        <Tooltip title={calendarWarning}>
          <WarningAmberIcon
            color="warning"
            sx={{ fontSize: 18 }}
            aria-label={calendarWarning}
            data-testid="calendar-unpublished"
            tabIndex={0}
          />
        </Tooltip>
      )}
    </Box>
  );
};
