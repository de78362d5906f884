import {
  Card,
  CardContent,
  Link as MuiLink,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import { useNavigate, useTranslate } from 'react-admin';

import { formatDateTime } from '../common/format';
import type { DeadlineItem } from '../providers/types';
import { submissionsListUrl } from './links';

/**
 * A deadline list: the title opens the matching filtered queue, each row
 * opens its application.
 */
export const DeadlineList = ({
  title,
  items,
  filter,
  color,
}: {
  title: string;
  items: DeadlineItem[];
  filter: Record<string, unknown>;
  color: 'error' | 'warning';
}) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const listUrl = submissionsListUrl(filter);

  const hoursText = (hoursLeft?: number) => {
    if (hoursLeft === undefined || hoursLeft === null) return '';
    if (hoursLeft < 0) {
      return translate('app.clock.overdue_by', { smart_count: Math.ceil(-hoursLeft) });
    }
    return translate('app.duration.hours', { smart_count: Math.floor(hoursLeft) });
  };

  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent sx={{ pb: 1 }}>
        <MuiLink
          component="button"
          type="button"
          underline="hover"
          onClick={() => navigate(listUrl)}
          sx={{ textAlign: 'left' }}
        >
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }} color={`${color}.main`}>
            {translate(title)}（{items.length}）
          </Typography>
        </MuiLink>
        {!items.length && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.dashboard.empty_list')}
          </Typography>
        )}
        <List dense disablePadding sx={{ maxHeight: 260, overflowY: 'auto' }}>
          {items.map((item) => {
            // dueAt is the end of the clock that runs in the current status. smsDeadline
            // stays on the record after the SMS step, so it would show a finished clock.
            const due = item.dueAt;
            return (
              <ListItemButton
                key={item.id}
                onClick={() => navigate(`/submissions/${encodeURIComponent(item.id)}/show`)}
                sx={{ px: 0.5 }}
              >
                <ListItemText
                  primary={
                    <>
                      <code>{item.reference}</code> {item.entityName}
                    </>
                  }
                  secondary={[
                    due ? translate('app.clock.due_at', { date: formatDateTime(due) }) : '',
                    hoursText(item.hoursLeft),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItemButton>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
};
