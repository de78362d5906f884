import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The filing numbers MIIT assigned, once the application is approved. */
export const FilingNumbersCard = ({
  filingNumbers,
}: {
  filingNumbers: { entity: string; websites: string[] };
}) => {
  const translate = useTranslate();
  return (
    <Alert severity="success" sx={{ mb: 1.5 }}>
      <Typography variant="subtitle2">{translate('app.review.sections.filing_numbers')}</Typography>
      <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
        {filingNumbers.entity}
        {filingNumbers.websites.length ? ` · ${filingNumbers.websites.join(' · ')}` : ''}
      </Typography>
    </Alert>
  );
};
