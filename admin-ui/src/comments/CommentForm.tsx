import ClearIcon from '@mui/icons-material/Clear';
import { Box, IconButton, InputAdornment, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Button, useCreate, useNotify, useRefresh, useTranslate } from 'react-admin';

import { useFieldPathLabel } from '../common/fieldPath';
import { useAsyncAction } from '../common/useAsyncAction';
import { useReview } from '../submissions/review/ReviewContext';

/** Adds a comment on the whole application, or on the field whose path is filled in. */
export const CommentForm = ({ submissionId }: { submissionId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create] = useCreate();
  const { commentPath, setCommentPath } = useReview();
  const pathLabel = useFieldPathLabel();
  const [body, setBody] = useState('');

  // useAsyncAction drops a second click at once, before the disabled button
  // renders, so a double click posts one comment.
  const { execute, isPending } = useAsyncAction(
    async (data: { submissionId: string; body: string; path?: string }) => {
      try {
        await create('comments', { data }, { returnPromise: true });
        setBody('');
        setCommentPath('');
        notify('app.notification.comment_added', { type: 'success' });
        refresh();
      } catch (error) {
        notify('app.notification.action_failed', {
          type: 'error',
          messageArgs: { message: (error as Error).message },
        });
      }
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    const path = commentPath.trim();
    execute({ submissionId, body: text, ...(path ? { path } : {}) });
  };

  return (
    <Box component="form" id="comment-form" onSubmit={submit} sx={{ mt: 1 }}>
      <TextField
        size="small"
        fullWidth
        label={translate('app.comments.path')}
        placeholder={translate('app.review.application_level')}
        value={commentPath}
        helperText={commentPath.trim() ? pathLabel(commentPath) : undefined}
        onChange={(event) => setCommentPath(event.target.value)}
        slotProps={{
          input: {
            sx: { fontFamily: 'monospace' },
            endAdornment: commentPath ? (
              <InputAdornment position="end">
                <IconButton
                  size="small"
                  aria-label={translate('app.review.application_level')}
                  onClick={() => setCommentPath('')}
                >
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : undefined,
          },
          inputLabel: { shrink: true },
        }}
        sx={{ mb: 1 }}
      />
      <TextField
        id="comment-body"
        size="small"
        fullWidth
        multiline
        minRows={2}
        placeholder={translate('app.comments.placeholder')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 0.5 }}>
        <Button
          type="submit"
          label="app.comments.add"
          variant="contained"
          disabled={isPending || !body.trim()}
        />
      </Box>
    </Box>
  );
};
