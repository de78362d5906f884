import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';

import type { ConsoleDataProvider } from '../providers/dataProvider';
import type { DashboardData } from '../providers/types';
import { MiitImportButton } from '../submissions/MiitImportDialog';
import { NextSubmissionButton } from '../submissions/NextSubmissionButton';
import {
  DecisionsChart,
  FunnelChart,
  QueueAgeChart,
  StatusChart,
  TopRulesChart,
} from './DashboardCharts';
import { DeadlineList } from './DeadlineList';

const useDashboardData = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let active = true;
    dataProvider
      .getDashboard()
      .then((result) => active && setData(result))
      .catch((failure: Error) => active && setError(failure));
    return () => {
      active = false;
    };
  }, [dataProvider]);
  return { data, error };
};

const grid = {
  display: 'grid',
  gap: 1.5,
  mb: 1.5,
  gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', xl: 'repeat(4, minmax(0, 1fr))' },
};

export const SupervisorDashboard = () => {
  const translate = useTranslate();
  const { data, error } = useDashboardData();

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.dashboard.supervisor_title" />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h6" sx={{ flex: 1 }}>
          {translate('app.dashboard.supervisor_title')}
        </Typography>
        <MiitImportButton />
        <NextSubmissionButton />
      </Stack>
      {error && <Alert severity="error">{error.message}</Alert>}
      {!data && !error && <LinearProgress />}
      {data && (
        <>
          <Box sx={grid}>
            <DeadlineList
              title="app.dashboard.sms_due_soon"
              items={data.smsDueSoon}
              filter={{ status: 'sms_pending', dueSoon: true }}
              color="warning"
            />
            <DeadlineList
              title="app.dashboard.miit_overdue"
              items={data.miitOverdue}
              filter={{ status: 'miit_review', overdue: true }}
              color="error"
            />
            <DeadlineList
              title="app.dashboard.miit_due_soon"
              items={data.miitDueSoon}
              filter={{ status: 'miit_review', dueSoon: true }}
              color="warning"
            />
            <DeadlineList
              title="app.dashboard.first_review_overdue"
              items={data.firstReviewOverdue}
              filter={{ status: ['pending_review', 'in_review'], overdue: true }}
              color="error"
            />
          </Box>
          <Box sx={{ ...grid, gridTemplateColumns: { xs: '1fr', lg: 'repeat(3, minmax(0, 1fr))' } }}>
            <StatusChart data={data.byStatus} />
            <QueueAgeChart data={data.queueAge} />
            <FunnelChart data={data.funnel} />
          </Box>
          <Box sx={{ ...grid, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' } }}>
            <DecisionsChart data={data.decisionsPerSpecialist} />
            <TopRulesChart data={data.topRejectionRules} />
          </Box>
        </>
      )}
    </Box>
  );
};
