import BoltIcon from '@mui/icons-material/Bolt';
import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import { Card, CardContent } from '@mui/material';
import {
  FilterList,
  FilterListItem,
  SavedQueriesList,
  useGetIdentity,
} from 'react-admin';

import { STATUSES, TYPES } from '../common/choices';

/** Filter sidebar: saved queries, the day's quick filters, status and type. */
export const SubmissionListAside = () => {
  const { identity } = useGetIdentity();

  return (
    <Card
      variant="outlined"
      sx={{ order: -1, mr: 1, mt: 8, width: 210, flexShrink: 0, alignSelf: 'flex-start' }}
    >
      <CardContent sx={{ pt: 1, '&:last-child': { pb: 1 } }}>
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
