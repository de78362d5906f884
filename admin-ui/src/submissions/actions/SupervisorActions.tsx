import CancelScheduleSendIcon from '@mui/icons-material/CancelScheduleSend';
import ReplayIcon from '@mui/icons-material/Replay';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';

import type { Submission } from '../../providers/types';
import { DialogErrorAlert, toDialogError, type DialogError } from './DialogError';
import { useSubmissionAction } from './useSubmissionAction';

/**
 * Supervisor: forwards an application to MIIT again after its 24-hour SMS
 * window passed. It restarts the window and emails the customer, so the
 * button opens a confirmation first.
 */
export const ReforwardButton = ({ record }: { record: Submission }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [serverError, setServerError] = useState<DialogError | null>(null);
  const { run, isPending } = useSubmissionAction(record, { shownInDialog: [400] });

  const submit = async () => {
    setServerError(null);
    const outcome = await run('reforward', {}, 'app.notification.reforwarded');
    if (outcome.ok) setOpen(false);
    else setServerError(toDialogError(outcome.error));
  };

  return (
    <>
      <Button label="app.action.reforward" variant="outlined" onClick={() => setOpen(true)} data-action="reforward">
        <ReplayIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('app.reforward.title', { reference: record.reference })}</DialogTitle>
        <DialogContent>
          <DialogErrorAlert error={serverError} />
          <DialogContentText>{translate('app.reforward.explanation')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="app.reforward.confirm" variant="contained" disabled={isPending} onClick={submit} />
        </DialogActions>
      </Dialog>
    </>
  );
};

/** Supervisor: records that the customer cancelled the application, with the reason. */
export const WithdrawButton = ({ record }: { record: Submission }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [serverError, setServerError] = useState<DialogError | null>(null);
  const { run, isPending } = useSubmissionAction(record, { shownInDialog: [400] });

  const submit = async () => {
    setShowErrors(true);
    if (!reason.trim()) return;
    setServerError(null);
    const outcome = await run('withdraw', { reason: reason.trim() }, 'app.notification.withdrawn');
    if (outcome.ok) setOpen(false);
    else setServerError(toDialogError(outcome.error));
  };

  const reasonError = serverError?.fields.reason ?? (showErrors && !reason.trim() ? translate('ra.validation.required') : undefined);

  return (
    <>
      <Button label="app.action.withdraw" color="warning" onClick={() => setOpen(true)} data-action="withdraw">
        <CancelScheduleSendIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('app.withdraw.title', { reference: record.reference })}</DialogTitle>
        <DialogContent>
          <DialogErrorAlert error={serverError} shownPaths={['reason']} />
          <DialogContentText>{translate('app.withdraw.explanation')}</DialogContentText>
          <TextField
            fullWidth
            margin="dense"
            required
            multiline
            minRows={2}
            label={translate('app.withdraw.reason')}
            value={reason}
            error={Boolean(reasonError)}
            helperText={reasonError}
            onChange={(change) => setReason(change.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="app.withdraw.confirm" variant="contained" color="warning" disabled={isPending} onClick={submit} />
        </DialogActions>
      </Dialog>
    </>
  );
};
