import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  Link,
  Show,
  TopToolbar,
  useCreatePath,

  useRecordContext,
  useTranslate,
} from 'react-admin';

import { EnumLabel } from '../common/EnumLabel';
import { LabeledValue } from '../common/LabeledValue';
import { formatDateTime } from '../common/format';
import { EmailStatusChip } from './EmailStatusChip';
import { LastError } from './LastError';
import { ResendButton } from './ResendButton';

interface EmailDetail {
  id: string;
  submissionId: string;
  reference?: string;
  kind: string;
  subject: string;
  to: string;
  status: string;
  attempts: number;
  lastError?: string | null;
  sentAt?: string | null;
  createdAt: string;
  text?: string;
  html?: string;
}

/**
 * Renders the email as the customer receives it. The HTML goes into an
 * iframe with an empty sandbox, so it runs no script, submits no form and
 * has no same-origin access.
 */
const EmailPreview = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const record = useRecordContext<EmailDetail>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Card variant="outlined">
        <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
          <LabeledValue label="resources.emails.fields.reference">
            <Link to={createPath({ resource: 'submissions', id: record.submissionId, type: 'show' })}>
              {record.reference ?? record.submissionId}
            </Link>
          </LabeledValue>
          <LabeledValue label="resources.emails.fields.kind">
            <EnumLabel group="email_kind" value={record.kind} />
          </LabeledValue>
          <LabeledValue label="resources.emails.fields.to">
            {record.to}
          </LabeledValue>
          <LabeledValue label="resources.emails.fields.status">
            <EmailStatusChip />
          </LabeledValue>
          <LabeledValue label="resources.emails.fields.attempts">
            {record.attempts}
          </LabeledValue>
          <LabeledValue label="resources.emails.fields.createdAt">
            <span>{formatDateTime(record.createdAt)}</span>
          </LabeledValue>
          <LabeledValue label="resources.emails.fields.sentAt">
            <span>{formatDateTime(record.sentAt)}</span>
          </LabeledValue>
          <LabeledValue label="resources.emails.fields.lastError">
            {record.lastError ? <LastError text={record.lastError} /> : '—'}
          </LabeledValue>
        </CardContent>
      </Card>
      <Typography variant="h6">{record.subject}</Typography>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle2" gutterBottom>
            {translate('app.emails.html')}
          </Typography>
          <Box
            component="iframe"
            title={translate('app.emails.html')}
            sandbox=""
            srcDoc={record.html ?? ''}
            sx={{ width: '100%', height: 480, border: '1px solid', borderColor: 'divider', bgcolor: '#fff' }}
          />
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle2" gutterBottom>
            {translate('app.emails.text')}
          </Typography>
          <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 13, m: 0 }}>
            {record.text ?? ''}
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};

export const EmailShow = () => (
  <Show
    component="div"
    actions={
      <TopToolbar>
        <ResendButton />
      </TopToolbar>
    }
  >
    <EmailPreview />
  </Show>
);
