import { useRecordContext, useTranslate } from 'react-admin';

import { elapsedSince, formatDateTime } from '../common/format';

/**
 * Renders the waiting time, such as "3 小时" or "2 天", inside the message
 * `template` (with an `age` placeholder) when given, counted from receivedAt: when the
 * console received the current revision, which is also where the first-review
 * clock starts. submittedAt is the customer's own time and may be earlier.
 */
export const AgeField = ({ template }: { template?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<{ submittedAt?: string; receivedAt?: string }>();
  const start = record?.receivedAt ?? record?.submittedAt;
  const elapsed = elapsedSince(start);
  if (!record || !elapsed) return null;
  return (
    <span
      title={translate('app.queue.age_since', { date: formatDateTime(start) })}
      style={{ whiteSpace: 'nowrap' }}
    >
      {template
        ? translate(template, { age: translate(`app.duration.${elapsed.unit}`, { smart_count: elapsed.count }) })
        : translate(`app.duration.${elapsed.unit}`, { smart_count: elapsed.count })}
    </span>
  );
};

/** Renders an instant as a Beijing date and time. */
export const DateTimeText = ({ value }: { value?: string | null }) => {
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value)}</span>;
};
