import { Box } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const Badge = ({ count, color, title }: { count: number; color: string; title: string }) => (
  <Box
    component="span"
    title={title}
    sx={{
      display: 'inline-block',
      minWidth: 22,
      px: 0.75,
      mr: 0.5,
      borderRadius: 10,
      textAlign: 'center',
      fontSize: 12,
      fontWeight: 600,
      lineHeight: '20px',
      color: count > 0 ? '#fff' : 'text.disabled',
      bgcolor: count > 0 ? color : 'action.hover',
    }}
  >
    {count}
  </Box>
);

/** Error (red) and warning (orange) counts of the automatic checks. */
export const FindingCounts = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ errorCount?: number; warningCount?: number }>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
      <Badge
        count={record.errorCount ?? 0}
        color="error.main"
        title={translate('app.severity.error')}
      />
      <Badge
        count={record.warningCount ?? 0}
        color="warning.main"
        title={translate('app.severity.warning')}
      />
    </Box>
  );
};
