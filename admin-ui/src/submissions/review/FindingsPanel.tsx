import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorIcon from '@mui/icons-material/Error';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Card,
  CardContent,
  List,
  ListItemButton,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';

import { PathLabel } from '../../common/fieldPath';
import type { Finding } from '../../providers/types';
import { useReview } from './ReviewContext';
import { useRules } from './useRules';

const FindingItem = ({ finding }: { finding: Finding }) => {
  const translate = useTranslate();
  const { focusPath } = useReview();
  const isError = finding.severity === 'error';

  return (
    <ListItemButton
      onClick={() => focusPath(finding.path)}
      data-finding-path={finding.path}
      data-rule={finding.rule}
      sx={{
        alignItems: 'flex-start',
        gap: 1,
        px: 1,
        borderLeft: '3px solid',
        borderColor: isError ? 'error.main' : 'warning.main',
        mb: 0.5,
        opacity: finding.override ? 0.6 : 1,
      }}
    >
      {isError ? (
        <ErrorIcon color="error" fontSize="small" sx={{ mt: 0.25 }} />
      ) : (
        <WarningAmberIcon color="warning" fontSize="small" sx={{ mt: 0.25 }} />
      )}
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2">{finding.message}</Typography>
        {finding.suggestion && (
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('app.review.suggestion', { text: finding.suggestion })}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" component="div">
          <PathLabel path={finding.path} />
          {' · '}
          <Box component="span" sx={{ fontFamily: 'monospace', opacity: 0.7 }}>
            {finding.rule}
          </Box>
        </Typography>
        {finding.override && (
          <Typography variant="caption" color="success.main" component="div">
            {translate('app.review.overridden', {
              justification: finding.override.justification,
              name: finding.override.userName,
            })}
          </Typography>
        )}
      </Box>
    </ListItemButton>
  );
};

const SeverityGroup = ({ severity, findings }: { severity: 'error' | 'warning'; findings: Finding[] }) => {
  const translate = useTranslate();
  if (!findings.length) return null;
  return (
    <Box sx={{ mb: 1 }} data-severity-group={severity}>
      <Typography
        variant="subtitle2"
        color={severity === 'error' ? 'error.main' : 'warning.main'}
        sx={{ fontWeight: 600 }}
      >
        {translate(`app.severity.${severity}`)}（{findings.length}）
      </Typography>
      <List dense disablePadding>
        {findings.map((finding) => (
          <FindingItem key={finding.id} finding={finding} />
        ))}
      </List>
    </Box>
  );
};

/** Automatic check results grouped by severity, and the collapsible passed checks. */
export const FindingsPanel = ({ findings, passed }: { findings: Finding[]; passed: string[] }) => {
  const translate = useTranslate();
  const rules = useRules();

  return (
    <Card variant="outlined" sx={{ mb: 1.5 }}>
      <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
          {translate('app.review.sections.findings')}
        </Typography>
        {!findings.length && (
          <Typography variant="body2" color="success.main">
            {translate('app.review.no_findings')}
          </Typography>
        )}
        <SeverityGroup severity="error" findings={findings.filter((f) => f.severity === 'error')} />
        <SeverityGroup severity="warning" findings={findings.filter((f) => f.severity === 'warning')} />
        <Accordion disableGutters elevation={0} sx={{ bgcolor: 'transparent', '&:before': { display: 'none' } }}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ px: 0, minHeight: 32 }}>
            <CheckCircleOutlineIcon color="success" fontSize="small" sx={{ mr: 1 }} />
            <Typography variant="body2">
              {translate('app.review.sections.passed', { smart_count: passed.length })}
            </Typography>
          </AccordionSummary>
          <AccordionDetails sx={{ px: 0, pt: 0 }}>
            {passed.map((ruleId) => (
              <Typography key={ruleId} variant="caption" component="div" color="text.secondary">
                ✓ {rules.get(ruleId)?.title ?? ruleId}{' '}
                <Box component="span" sx={{ fontFamily: 'monospace', opacity: 0.7 }}>
                  {ruleId}
                </Box>
              </Typography>
            ))}
          </AccordionDetails>
        </Accordion>
      </CardContent>
    </Card>
  );
};
