import { Box, Chip, Typography } from '@mui/material';
import {
  ReferenceManyField,
  useListContext,
  useTranslate,
} from 'react-admin';

import { PathLabel } from '../common/fieldPath';
import { DateTimeText } from '../submissions/AgeField';
import { useReview, type FieldComment } from '../submissions/review/ReviewContext';

const CommentItems = () => {
  const translate = useTranslate();
  const { data, isPending } = useListContext<FieldComment & { revision?: number }>();
  const { focusPath } = useReview();
  if (isPending) return null;
  if (!data?.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.comments.empty')}
      </Typography>
    );
  }
  return (
    <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {data.map((comment) => (
        <Box
          component="li"
          key={comment.id}
          data-comment-id={comment.id}
          sx={{ py: 0.75, borderBottom: '1px solid', borderColor: 'divider' }}
        >
          <Typography variant="caption" color="text.secondary" component="div">
            <strong>{comment.authorName}</strong> · <DateTimeText value={comment.createdAt} />
            {comment.revision ? ` · ${translate('app.review.revision', { revision: comment.revision })}` : ''}
          </Typography>
          {comment.path && (
            <Chip
              size="small"
              variant="outlined"
              label={<PathLabel path={comment.path} />}
              onClick={() => focusPath(comment.path!)}
              sx={{ my: 0.25, maxWidth: '100%' }}
            />
          )}
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

/** Every review comment of the application, oldest first. */
export const CommentThread = () => (
  <ReferenceManyField
    reference="comments"
    target="submissionId"
    sort={{ field: 'createdAt', order: 'ASC' }}
    perPage={200}
  >
    <CommentItems />
  </ReferenceManyField>
);
