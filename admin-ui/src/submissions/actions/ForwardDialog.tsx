import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';

import { PathLabel } from '../../common/fieldPath';
import type { Finding, Submission } from '../../providers/types';
import { DialogErrorAlert, toDialogError, type DialogError } from './DialogError';
import { useSubmissionAction } from './useSubmissionAction';

const findingKey = (finding: Pick<Finding, 'rule' | 'path'>) => `${finding.rule}@${finding.path}`;

const openErrors = (findings: Finding[] = []) =>
  findings.filter((finding) => finding.severity === 'error' && !finding.override);

/**
 * Forwards the application to MIIT after confirmation. Each error that is
 * not overridden yet needs a written justification, and a 422 response adds
 * the errors the server still counts as blocking. The dialog stays mounted
 * while `allowed` is false, so that a 409 keeps the typed justifications.
 */
export const ForwardButton = ({ record, allowed = true }: { record: Submission; allowed?: boolean }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [blocking, setBlocking] = useState<Finding[]>([]);
  const [serverRefused, setServerRefused] = useState(false);
  const [justifications, setJustifications] = useState<Record<string, string>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [serverError, setServerError] = useState<DialogError | null>(null);
  const [sentKeys, setSentKeys] = useState<string[]>([]);
  const { run, isPending } = useSubmissionAction(record, { shownInDialog: [400, 409] });
  const canSend = allowed && (record.allowedActions ?? []).includes('forward');

  const openDialog = () => {
    setBlocking(openErrors(record.findings));
    setJustifications({});
    setServerRefused(false);
    setShowErrors(false);
    setServerError(null);
    setOpen(true);
  };

  const missing = blocking.filter((finding) => !justifications[findingKey(finding)]?.trim());

  // The server names override errors `overrides[i].<field>`, i being the position in the request.
  const overrideError = (key: string) => {
    const index = sentKeys.indexOf(key);
    if (index < 0 || !serverError) return undefined;
    return Object.entries(serverError.fields)
      .filter(([path]) => path.startsWith(`overrides[${index}].`))
      .map(([, why]) => why)
      .join('; ') || undefined;
  };

  const submit = async () => {
    setShowErrors(true);
    if (missing.length) return;
    const overrides = blocking.map((finding) => ({
      ruleId: finding.rule,
      path: finding.path,
      justification: justifications[findingKey(finding)].trim(),
    }));
    setSentKeys(blocking.map(findingKey));
    setServerError(null);
    const outcome = await run('forward', overrides.length ? { overrides } : {}, 'app.notification.forwarded');
    if (outcome.ok) {
      setOpen(false);
      return;
    }
    const refused = (outcome.error?.body as { findings?: Finding[] } | undefined)?.findings;
    if (outcome.error?.status === 422 && refused) {
      const known = new Set(blocking.map(findingKey));
      setBlocking([...blocking, ...refused.filter((finding) => !known.has(findingKey(finding)))]);
      setServerRefused(true);
      return;
    }
    setServerError(toDialogError(outcome.error));
  };

  return (
    <>
      {allowed && (
        <Button label="app.action.forward" variant="contained" color="success" onClick={openDialog} data-action="forward">
          <SendIcon />
        </Button>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth aria-labelledby="forward-title">
        <DialogTitle id="forward-title">{translate('app.forward.title', { reference: record.reference })}</DialogTitle>
        <DialogContent dividers>
          <Typography variant="body2" gutterBottom>
            {translate('app.forward.intro')}
          </Typography>
          <DialogErrorAlert
            error={serverError}
            shownPaths={Object.keys(serverError?.fields ?? {}).filter((path) => /^overrides\[\d+\]\./.test(path))}
          >
            {serverError?.status === 409 && (
              <Box sx={{ mt: 0.5 }}>
                {translate(canSend ? 'app.forward.conflict_retry' : 'app.forward.conflict_kept')}
              </Box>
            )}
          </DialogErrorAlert>
          {serverRefused && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {translate('app.forward.server_findings')}
            </Alert>
          )}
          {blocking.length ? (
            <Typography variant="subtitle2" color="error.main" gutterBottom>
              {translate('app.forward.blocking')}
            </Typography>
          ) : (
            <Typography variant="body2" color="success.main">
              {translate('app.forward.no_errors')}
            </Typography>
          )}
          {blocking.map((finding) => {
            const key = findingKey(finding);
            const empty = showErrors && !justifications[key]?.trim();
            const serverText = overrideError(key);
            return (
              <Box key={key} sx={{ mb: 1.5 }} data-testid="forward-override">
                <Typography variant="body2">{finding.message}</Typography>
                <Typography variant="caption" color="text.secondary">
                  <PathLabel path={finding.path} />
                  {' · '}
                  <Box component="span" sx={{ fontFamily: 'monospace' }}>
                    {finding.rule}
                  </Box>
                </Typography>
                <TextField
                  size="small"
                  fullWidth
                  required
                  multiline
                  label={translate('app.forward.justification')}
                  value={justifications[key] ?? ''}
                  error={empty || !!serverText}
                  helperText={empty ? translate('ra.validation.required') : serverText}
                  onChange={(event) =>
                    setJustifications((current) => ({ ...current, [key]: event.target.value }))
                  }
                  sx={{ mt: 0.5 }}
                />
              </Box>
            );
          })}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="app.forward.confirm"
            variant="contained"
            color="success"
            disabled={isPending || !canSend}
            onClick={submit}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
