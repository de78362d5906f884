import { Box, Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, useGetList, useNavigate, useTranslate } from 'react-admin';

import { NextSubmissionButton } from '../submissions/NextSubmissionButton';
import { submissionsListUrl } from './links';

const CountCard = ({
  label,
  filter,
  color,
  enabled = true,
}: {
  label: string;
  filter: Record<string, unknown>;
  color: string;
  enabled?: boolean;
}) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { total, isPending } = useGetList(
    'submissions',
    { filter, pagination: { page: 1, perPage: 1 }, sort: { field: 'submittedAt', order: 'ASC' } },
    { enabled },
  );
  return (
    <Card variant="outlined">
      <CardActionArea onClick={() => navigate(submissionsListUrl(filter))}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography variant="h3" component="div" color={color}>
            {isPending ? '…' : (total ?? 0)}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** Renders a specialist's home page with counts of their own queue and the next-application button. */
export const SpecialistHome = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const me = identity?.id;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.dashboard.specialist_title" />
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h6" sx={{ flex: 1 }}>
          {translate('app.dashboard.specialist_title')}
          {identity?.fullName ? ` · ${identity.fullName}` : ''}
        </Typography>
        <NextSubmissionButton />
      </Stack>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' } }}>
        <CountCard
          label="app.dashboard.my_in_review"
          filter={{ status: 'in_review', assigneeId: me }}
          color="primary.main"
          enabled={!!me}
        />
        <CountCard
          label="app.dashboard.my_overdue"
          filter={{ status: 'in_review', assigneeId: me, overdue: true }}
          color="error.main"
          enabled={!!me}
        />
        <CountCard label="app.dashboard.pending_total" filter={{ status: 'pending_review' }} color="info.main" />
        <CountCard
          label="app.dashboard.with_errors"
          filter={{ status: 'pending_review', hasErrors: true }}
          color="warning.main"
        />
      </Box>
    </Box>
  );
};
