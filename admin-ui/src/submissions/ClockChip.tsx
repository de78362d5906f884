import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import { formatDateTime } from '../common/format';
import type { Clock } from '../providers/types';

const STATE_COLORS = {
  ok: 'default',
  due_soon: 'warning',
  overdue: 'error',
} as const;

/** Renders the running deadline of a submission, red when overdue and orange when due soon. */
export const ClockChip = ({ clock: clockProp }: { clock?: Clock | null }) => {
  const translate = useTranslate();
  const record = useRecordContext<{ clock?: Clock | null }>();
  const clock = clockProp ?? record?.clock;
  if (!clock) return null;

  const kind = translate(`app.clock.${clock.kind}`, { _: clock.kind });
  let label: string;
  if (clock.state === 'overdue') {
    label = translate('app.clock.overdue', { kind });
  } else if (clock.workingDaysLeft !== undefined && clock.workingDaysLeft !== null) {
    label = translate('app.clock.working_days_left', {
      kind,
      smart_count: clock.workingDaysLeft,
    });
  } else if (clock.hoursLeft !== undefined && clock.hoursLeft !== null) {
    label = translate('app.clock.hours_left', {
      kind,
      smart_count: Math.max(0, Math.floor(clock.hoursLeft)),
    });
  } else {
    label = kind;
  }

  return (
    <Tooltip
      title={translate('app.clock.due_at', {
        date: formatDateTime(clock.dueAt),
      })}
    >
      <Chip
        size="small"
        color={STATE_COLORS[clock.state] ?? 'default'}
        variant={clock.state === 'ok' ? 'outlined' : 'filled'}
        label={label}
        data-clock-state={clock.state}
      />
    </Tooltip>
  );
};
