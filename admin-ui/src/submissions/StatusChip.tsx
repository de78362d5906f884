import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const STATUS_COLORS: Record<string, ChipProps['color']> = {
  pending_review: 'info',
  in_review: 'primary',
  rejected: 'error',
  sms_pending: 'warning',
  miit_review: 'secondary',
  approved: 'success',
  miit_rejected: 'error',
  sms_expired: 'warning',
  withdrawn: 'default',
};

export const StatusChip = ({
  status,
  size = 'small',
}: {
  status?: string;
  size?: ChipProps['size'];
}) => {
  const translate = useTranslate();
  const record = useRecordContext<{ status?: string }>();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size={size}
      color={STATUS_COLORS[value] ?? 'default'}
      variant={value === 'in_review' || value === 'approved' ? 'filled' : 'outlined'}
      label={translate(`app.status.${value}`, { _: value })}
    />
  );
};
