import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export const ChartCard = ({
  title,
  children,
  height = 260,
}: {
  title: string;
  children: ReactNode;
  height?: number;
}) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {translate(title)}
        </Typography>
        <div style={{ width: '100%', height }}>{children}</div>
      </CardContent>
    </Card>
  );
};
