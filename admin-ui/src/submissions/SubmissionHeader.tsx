import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

import { formatDateTime } from '../common/format';
import type { Submission } from '../providers/types';
import { SubmissionActions } from './actions/SubmissionActions';
import { AgeField } from './AgeField';
import { ClockChip } from './ClockChip';
import { StatusChip } from './StatusChip';
import { TypeLabel } from './TypeLabel';

/** Reference, status, type, deadline, reviewer and the allowed actions. */
export const SubmissionHeader = ({ record }: { record: Submission }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 1.5, position: 'sticky', top: 48, zIndex: 2 }}>
      <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h1" sx={{ fontFamily: 'monospace' }} data-testid="submission-reference">
            {record.reference}
          </Typography>
          <StatusChip status={record.status} size="medium" />
          <TypeLabel type={record.type} />
          <ClockChip clock={record.clock} />
          <Typography variant="body2" color="text.secondary">
            {translate('app.review.header_assignee', {
              name: record.assigneeName ?? translate('app.review.unassigned'),
            })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.review.revision', { revision: record.revision })}
            {' · '}
            <span style={{ whiteSpace: 'nowrap' }}>
              {translate('app.review.submitted_at', { date: formatDateTime(record.submittedAt) })}
            </span>
            {' · '}
            <AgeField template="app.review.waiting" />
          </Typography>
          <Box sx={{ flex: 1 }} />
          <SubmissionActions record={record} />
        </Stack>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {record.entityName}
          {record.provinceName ? ` · ${record.provinceName}` : ''}
          {record.domains?.length ? ` · ${record.domains.join('、')}` : ''}
        </Typography>
      </CardContent>
    </Card>
  );
};
