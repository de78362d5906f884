import BoltIcon from '@mui/icons-material/Bolt';
import CategoryIcon from '@mui/icons-material/Category';
import FilterListIcon from '@mui/icons-material/FilterList';
import FilterListOffIcon from '@mui/icons-material/FilterListOff';
import FlagIcon from '@mui/icons-material/Flag';
import { Card, CardContent, useMediaQuery } from '@mui/material';
import {
  Button,
  FilterList,
  FilterListItem,
  SavedQueriesList,
  useGetIdentity,
  useStore,
} from 'react-admin';

import { STATUSES, TYPES } from '../common/choices';

const ASIDE_STORE_KEY = 'submissions.queue.asideOpen';

/**
 * Returns whether the filter sidebar is shown, and its setter. The user's
 * last choice wins. Without one, it is open only on screens of at least
 * 1600 px, because narrower screens need the width for the queue table.
 */
export const useQueueAsideOpen = () => {
  const wide = useMediaQuery('(min-width:1600px)');
  const [stored, setStored] = useStore<boolean | null>(ASIDE_STORE_KEY, null);
  return [stored ?? wide, setStored] as const;
};

/** Toolbar button that shows or hides the filter sidebar. */
export const QueueAsideToggle = () => {
  const [open, setOpen] = useQueueAsideOpen();
  return (
    <Button
      label={open ? 'app.queue.hide_filters' : 'app.queue.show_filters'}
      onClick={() => setOpen(!open)}
      aria-pressed={open}
      data-testid="queue-aside-toggle"
    >
      {open ? <FilterListOffIcon /> : <FilterListIcon />}
    </Button>
  );
};

/** Filter sidebar: saved queries, the day's quick filters, status and type. Hidden while collapsed. */
export const SubmissionListAside = () => {
  const { identity } = useGetIdentity();
  const [open] = useQueueAsideOpen();
  if (!open) return null;

  return (
    <Card
      variant="outlined"
      sx={{ order: -1, mr: 1, mt: 8, width: 190, flexShrink: 0, alignSelf: 'flex-start' }}
      data-testid="queue-aside"
    >
      <CardContent sx={{ pt: 1, px: 1, '&:last-child': { pb: 1 } }}>
        <SavedQueriesList />
        <FilterList label="app.queue.quick_filters" icon={<BoltIcon />}>
          {identity && (
            <FilterListItem
              label="app.queue.mine_in_review"
              value={{ status: 'in_review', assigneeId: identity.id }}
            />
          )}
          <FilterListItem label="app.queue.pending" value={{ status: 'pending_review' }} />
          <FilterListItem label="app.queue.has_errors" value={{ hasErrors: true }} />
          <FilterListItem label="app.queue.due_soon" value={{ dueSoon: true }} />
          <FilterListItem label="app.queue.overdue" value={{ overdue: true }} />
        </FilterList>
        <FilterList label="resources.submissions.fields.status" icon={<FlagIcon />}>
          {STATUSES.map((status) => (
            <FilterListItem
              key={status}
              label={`app.status.${status}`}
              value={{ status }}
            />
          ))}
        </FilterList>
        <FilterList label="resources.submissions.fields.type" icon={<CategoryIcon />}>
          {TYPES.map((type) => (
            <FilterListItem key={type} label={`app.type.${type}`} value={{ type }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
};
