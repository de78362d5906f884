import { useRecordContext, useTranslate } from 'react-admin';

import { elapsedSince, formatDateTime } from '../common/format';

/** Time since submission, such as "3 小时" or "2 天". */
export const AgeField = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ submittedAt?: string }>();
  const elapsed = elapsedSince(record?.submittedAt);
  if (!record || !elapsed) return null;
  return (
    <span title={formatDateTime(record.submittedAt)} style={{ whiteSpace: 'nowrap' }}>
      {translate(`app.duration.${elapsed.unit}`, { smart_count: elapsed.count })}
    </span>
  );
};

/** Renders an instant as a Beijing date and time. */
export const DateTimeText = ({ value }: { value?: string | null }) => {
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(value)}</span>;
};
