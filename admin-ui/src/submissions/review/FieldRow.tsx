import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

import { formatValue } from '../../common/format';
import { useReview } from './ReviewContext';

const flash = {
  '@keyframes field-flash': {
    '0%': { backgroundColor: 'rgba(255, 193, 7, 0.55)' },
    '100%': { backgroundColor: 'rgba(255, 193, 7, 0.12)' },
  },
  animation: 'field-flash 1.6s ease-out forwards',
};

/** Outline colour of a field: its worst open finding, else a changed value. */
const useFieldMarks = (path: string) => {
  const { findingsByPath, diffByPath, commentsByPath, highlightedPath } = useReview();
  const findings = findingsByPath.get(path) ?? [];
  const severity = findings.some((finding) => finding.severity === 'error')
    ? 'error'
    : findings.length
      ? 'warning'
      : null;
  return {
    findings,
    severity,
    diff: diffByPath.get(path),
    comments: commentsByPath.get(path) ?? [],
    highlighted: highlightedPath === path,
  };
};

/**
 * Marks an element as the rendering of one field path: outlined in red or
 * orange when a finding points at it, in blue when it changed since the
 * rejected revision, and flashed when a finding is clicked.
 */
export const PathMark = ({
  path,
  children,
  inline = false,
}: {
  path: string;
  children: ReactNode;
  inline?: boolean;
}) => {
  const translate = useTranslate();
  const { findings, severity, diff, highlighted } = useFieldMarks(path);
  const outlineColor = severity === 'error'
    ? 'error.main'
    : severity === 'warning'
      ? 'warning.main'
      : diff
        ? 'info.main'
        : 'transparent';
  const title = [
    ...findings.map((finding) => finding.message),
    diff
      ? `${translate('app.review.before')}：${formatValue(diff.before) || translate('app.review.empty_value')}`
      : '',
  ]
    .filter(Boolean)
    .join('\n');

  return (
    <Box
      component={inline ? 'span' : 'div'}
      data-path={path}
      data-severity={severity ?? undefined}
      data-changed={diff ? 'true' : undefined}
      title={title || undefined}
      sx={{
        display: inline ? 'inline-block' : 'block',
        outline: '2px solid',
        outlineColor,
        outlineOffset: 1,
        borderRadius: 0.5,
        px: inline ? 0.5 : 0,
        mr: inline ? 0.5 : 0,
        bgcolor: diff && !severity ? 'rgba(33, 150, 243, 0.08)' : undefined,
        ...(highlighted ? flash : {}),
      }}
    >
      {children}
    </Box>
  );
};

const CommentNotes = ({ path }: { path: string }) => {
  const { comments } = useFieldMarks(path);
  if (!comments.length) return null;
  return (
    <Box sx={{ mt: 0.25 }}>
      {comments.map((comment) => (
        <Typography
          key={comment.id}
          variant="caption"
          component="div"
          color="info.main"
          sx={{ fontStyle: 'italic' }}
        >
          <ChatBubbleOutlineIcon sx={{ fontSize: 'inherit', verticalAlign: 'middle', mr: 0.5 }} />
          {comment.authorName ? `${comment.authorName}：` : ''}
          {comment.body}
        </Typography>
      ))}
    </Box>
  );
};

/**
 * One labelled field of the application. `children` replaces the plain
 * text rendering, for lists whose items carry their own paths.
 */
export const FieldRow = ({
  path,
  label,
  value,
  children,
}: {
  path: string;
  label: string;
  value?: ReactNode;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const { startComment } = useReview();
  const empty = children === undefined && (value === undefined || value === null || value === '');

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: '140px 1fr 28px',
        alignItems: 'start',
        columnGap: 1,
        py: 0.5,
        borderBottom: '1px solid',
        borderColor: 'divider',
        '&:hover .field-comment': { opacity: 1 },
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ pt: 0.25 }}>
        {translate(label)}
      </Typography>
      <Box>
        {children ?? (
          <PathMark path={path}>
            <Typography variant="body2" sx={{ wordBreak: 'break-all', minHeight: 20 }}>
              {empty ? (
                <Box component="span" color="text.disabled">
                  {translate('app.review.empty_value')}
                </Box>
              ) : (
                value
              )}
            </Typography>
          </PathMark>
        )}
        <CommentNotes path={path} />
      </Box>
      <Tooltip title={translate('app.review.field_comment')}>
        <IconButton
          size="small"
          className="field-comment"
          aria-label={`${translate('app.review.field_comment')} ${path}`}
          onClick={() => startComment(path)}
          sx={{ opacity: 0.25, p: 0.25 }}
        >
          <ChatBubbleOutlineIcon sx={{ fontSize: 16 }} />
        </IconButton>
      </Tooltip>
    </Box>
  );
};

/** Renders a list value (domains, IPs) whose items each carry their own path. */
export const ListValue = ({ path, items }: { path: string; items?: string[] }) => {
  const translate = useTranslate();
  if (!items?.length) {
    return (
      <PathMark path={path}>
        <Typography variant="body2" color="text.disabled">
          {translate('app.review.empty_value')}
        </Typography>
      </PathMark>
    );
  }
  return (
    <PathMark path={path}>
      {items.map((item, index) => (
        <PathMark key={`${item}-${index}`} path={`${path}[${index}]`} inline>
          <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace' }}>
            {item}
          </Typography>
        </PathMark>
      ))}
    </PathMark>
  );
};
