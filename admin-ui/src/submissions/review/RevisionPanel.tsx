import HistoryIcon from '@mui/icons-material/History';
import {
  Alert,
  Box,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';

import { PathLabel } from '../../common/fieldPath';
import { formatValue } from '../../common/format';
import type { DiffEntry, PreviousRejection } from '../../providers/types';
import { useReview } from './ReviewContext';

/** Renders a field path as its label with the raw path beside it. A click scrolls to the field. */
const PathLink = ({ path }: { path?: string | null }) => {
  const { focusPath } = useReview();
  if (!path) return null;
  return (
    <Link
      component="button"
      type="button"
      onClick={() => focusPath(path)}
      sx={{ fontSize: 13, mr: 0.75, textAlign: 'left', verticalAlign: 'baseline' }}
    >
      <PathLabel path={path} />
    </Link>
  );
};

const DiffTable = ({ diff }: { diff: DiffEntry[] }) => {
  const translate = useTranslate();
  const empty = translate('app.review.empty_value');
  return (
    <Table size="small" data-testid="revision-diff">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.comments.path')}</TableCell>
          <TableCell>{translate('app.review.before')}</TableCell>
          <TableCell>{translate('app.review.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {diff.map((entry) => (
          <TableRow key={entry.path}>
            <TableCell>
              <PathLink path={entry.path} />
            </TableCell>
            <TableCell sx={{ color: 'error.main', textDecoration: 'line-through' }}>
              {formatValue(entry.before) || empty}
            </TableCell>
            <TableCell sx={{ color: 'success.main' }}>{formatValue(entry.after) || empty}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** For a resubmission: the earlier rejection's reasons and comments, and what changed since. */
export const RevisionPanel = ({
  rejection,
  diff,
}: {
  rejection: PreviousRejection;
  diff: DiffEntry[];
}) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="info"
      icon={<HistoryIcon />}
      sx={{ mb: 1.5, '& .MuiAlert-message': { width: '100%' } }}
      data-testid="previous-rejection"
    >
      <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
        {translate('app.review.sections.previous_rejection', { revision: rejection.revision })}
      </Typography>
      <Box component="ol" sx={{ pl: 2.5, my: 0.5 }}>
        {rejection.reasons.map((reason, index) => (
          <li key={index}>
            <PathLink path={reason.path} />
            <Typography variant="body2" component="span">
              {reason.text}
            </Typography>
            {reason.suggestion && (
              <Typography variant="caption" component="div" color="text.secondary">
                {translate('app.review.suggestion', { text: reason.suggestion })}
              </Typography>
            )}
          </li>
        ))}
      </Box>
      {rejection.comments.length > 0 && (
        <Box sx={{ mb: 1 }}>
          <Typography variant="subtitle2">{translate('app.review.sections.comments')}</Typography>
          {rejection.comments.map((comment, index) => (
            <Typography key={comment.id ?? index} variant="body2">
              <PathLink path={comment.path} />
              {comment.authorName ? `${comment.authorName}：` : ''}
              {comment.body}
            </Typography>
          ))}
        </Box>
      )}
      <Typography variant="subtitle2">
        {translate('app.review.sections.diff', { smart_count: diff.length })}
      </Typography>
      {diff.length > 0 && <DiffTable diff={diff} />}
    </Alert>
  );
};
