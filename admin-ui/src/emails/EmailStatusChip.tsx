import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS = { queued: 'info', sent: 'success', failed: 'error', cancelled: 'default' } as const;

export const EmailStatusChip = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ status?: keyof typeof COLORS }>();
  if (!record?.status) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[record.status] ?? 'default'}
      label={translate(`app.email_status.${record.status}`, { _: record.status })}
    />
  );
};
