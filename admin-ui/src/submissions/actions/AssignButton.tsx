import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  Autocomplete,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Button, useGetList, useTranslate } from 'react-admin';

import type { Submission } from '../../providers/types';
import { DialogErrorAlert, toDialogError, type DialogError } from './DialogError';
import { useSubmissionAction } from './useSubmissionAction';

interface UserOption {
  id: string;
  username: string;
  displayName: string;
  role: string;
  active?: boolean;
}

/** Supervisor: (re)assigns the application to a chosen reviewer. */
export const AssignButton = ({ record }: { record: Submission }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [assignee, setAssignee] = useState<UserOption | null>(null);
  const [serverError, setServerError] = useState<DialogError | null>(null);
  const { run, isPending } = useSubmissionAction(record, { shownInDialog: [400] });
  const { data: users = [] } = useGetList<UserOption>(
    'users',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'displayName', order: 'ASC' } },
    { enabled: open },
  );
  const options = users.filter((user) => user.active !== false);

  const submit = async () => {
    if (!assignee) return;
    setServerError(null);
    const outcome = await run('assign', { assigneeId: assignee.id }, 'app.notification.assigned', {
      name: assignee.displayName,
    });
    if (outcome.ok) setOpen(false);
    else setServerError(toDialogError(outcome.error));
  };

  const openDialog = () => {
    setServerError(null);
    setOpen(true);
  };
  const assigneeError = serverError?.fields.assigneeId;

  return (
    <>
      <Button label="app.action.assign" variant="outlined" onClick={openDialog} data-action="assign">
        <PersonAddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('app.assign.title', { reference: record.reference })}</DialogTitle>
        <DialogContent>
          <DialogErrorAlert error={serverError} shownPaths={['assigneeId']} />
          <Autocomplete
            options={options}
            value={assignee}
            onChange={(_, value) => setAssignee(value)}
            getOptionLabel={(user) =>
              `${user.displayName}（${translate(`app.role.${user.role}`, { _: user.role })}）`
            }
            isOptionEqualToValue={(option, value) => option.id === value.id}
            renderInput={(params) => (
              <TextField
                {...params}
                label={translate('app.assign.assignee')}
                margin="dense"
                autoFocus
                error={!!assigneeError}
                helperText={assigneeError}
              />
            )}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" variant="contained" disabled={!assignee || isPending} onClick={submit} />
        </DialogActions>
      </Dialog>
    </>
  );
};
