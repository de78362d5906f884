import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  Show,
  useGetManyReference,
  useRecordContext,
  useTranslate,
} from 'react-admin';

import { CommentForm } from '../comments/CommentForm';
import { CommentThread } from '../comments/CommentThread';
import type { Submission } from '../providers/types';
import { FilingNumbersCard } from './review/FilingNumbersCard';
import { EntitySection } from './review/EntitySection';
import { FindingsPanel } from './review/FindingsPanel';
import { MaterialGallery } from './review/MaterialGallery';
import { ReviewProvider, type FieldComment } from './review/ReviewContext';
import { RevisionPanel } from './review/RevisionPanel';
import { WebsiteSection } from './review/WebsiteSection';
import { SubmissionHeader } from './SubmissionHeader';

const SubmissionTitle = () => {
  const record = useRecordContext<Submission>();
  return <span>{record?.reference ?? ''}</span>;
};

const Review = () => {
  const translate = useTranslate();
  const record = useRecordContext<Submission>();
  const { data: comments = [] } = useGetManyReference<FieldComment & { id: string }>(
    'comments',
    {
      target: 'submissionId',
      id: record?.id,
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'createdAt', order: 'ASC' },
    },
    { enabled: !!record?.id },
  );
  if (!record) return null;
  const application = record.application;

  return (
    <ReviewProvider findings={record.findings ?? []} diff={record.diff ?? []} comments={comments}>
      <SubmissionHeader record={record} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(320px, 2fr)' }, gap: 1.5 }}>
        <Box>
          {record.previousRejection && (
            <RevisionPanel rejection={record.previousRejection} diff={record.diff ?? []} />
          )}
          {record.filingNumbers && <FilingNumbersCard filingNumbers={record.filingNumbers} />}
          <EntitySection entity={application?.entity} />
          {(application?.websites ?? []).map((website, index) => (
            <WebsiteSection key={index} website={website} index={index} />
          ))}
          <MaterialGallery materials={record.materials ?? []} application={application} />
        </Box>
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 130 }, alignSelf: 'start', maxHeight: { lg: 'calc(100vh - 140px)' }, overflowY: { lg: 'auto' } }}>
          <FindingsPanel findings={record.findings ?? []} passed={record.passed ?? []} />
          <Card variant="outlined">
            <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate('app.review.sections.comments')}
              </Typography>
              <CommentThread />
              <CommentForm submissionId={record.id} />
            </CardContent>
          </Card>
        </Box>
      </Box>
    </ReviewProvider>
  );
};

export const SubmissionShow = () => (
  <Show<Submission> component="div" actions={false} title={<SubmissionTitle />}>
    <Review />
  </Show>
);
