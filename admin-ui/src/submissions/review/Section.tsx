import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

import { PathMark } from './FieldRow';

/** A card of fields whose container is itself a target for findings (`websites[0]`). */
export const Section = ({
  path,
  title,
  children,
  action,
}: {
  path: string;
  title: ReactNode;
  children: ReactNode;
  action?: ReactNode;
}) => (
  <PathMark path={path}>
    <Card variant="outlined" sx={{ mb: 1.5 }}>
      <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
        <Typography
          variant="subtitle1"
          component="h3"
          sx={{ fontWeight: 600, mb: 0.5, display: 'flex', alignItems: 'center', gap: 1 }}
        >
          {title}
          {action}
        </Typography>
        {children}
      </CardContent>
    </Card>
  </PathMark>
);
