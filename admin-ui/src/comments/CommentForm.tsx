import ClearIcon from '@mui/icons-material/Clear';
import { Box, IconButton, InputAdornment, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Button, useCreate, useNotify, useRefresh, useTranslate } from 'react-admin';

import { useFieldPathLabel } from '../common/fieldPath';
import { useReview } from '../submissions/review/ReviewContext';

/** Adds a comment on the whole application, or on the field whose path is filled in. */
export const CommentForm = ({ submissionId }: { submissionId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  const { commentPath, setCommentPath } = useReview();
  const pathLabel = useFieldPathLabel();
  const [body, setBody] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    const path = commentPath.trim();
    create(
      'comments',
      { data: { submissionId, body: text, ...(path ? { path } : {}) } },
      {
        onSuccess: () => {
          setBody('');
          setCommentPath('');
          notify('app.notification.comment_added', { type: 'success' });
          refresh();
        },
        onError: (error) =>
          notify('app.notification.action_failed', {
            type: 'error',
            messageArgs: { message: (error as Error).message },
          }),
      },
    );
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
