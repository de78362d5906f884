import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import LanguageIcon from '@mui/icons-material/Language';
import RefreshIcon from '@mui/icons-material/Refresh';
import UndoIcon from '@mui/icons-material/Undo';
import { Stack } from '@mui/material';

import type { Submission } from '../../providers/types';
import { AssignButton } from './AssignButton';
import { ForwardButton } from './ForwardDialog';
import { MiitEventButton } from './MiitEventDialog';
import { RejectButton } from './RejectDialog';
import { SimpleActionButton } from './SimpleActionButton';
import { ReforwardButton, WithdrawButton } from './SupervisorActions';

/**
 * Renders the action buttons the server allows on this submission, in
 * workflow order. The reject and forward dialogs stay mounted when their
 * action stops being allowed, so that a refresh after a 409 keeps what the
 * specialist typed in an open dialog.
 */
export const SubmissionActions = ({ record }: { record: Submission }) => {
  const allowed = new Set(record.allowedActions ?? []);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {allowed.has('claim') && (
        <SimpleActionButton
          record={record}
          action="claim"
          label="app.action.claim"
          successMessage="app.notification.claimed"
          icon={<AssignmentIndIcon />}
          variant="contained"
        />
      )}
      <ForwardButton record={record} allowed={allowed.has('forward')} />
      <RejectButton record={record} allowed={allowed.has('reject')} />
      {allowed.has('release') && (
        <SimpleActionButton
          record={record}
          action="release"
          label="app.action.release"
          successMessage="app.notification.released"
          icon={<UndoIcon />}
        />
      )}
      {allowed.has('assign') && <AssignButton record={record} />}
      {allowed.has('miit_event') && <MiitEventButton record={record} />}
      {allowed.has('reforward') && <ReforwardButton record={record} />}
      {allowed.has('site_check') && (
        <SimpleActionButton
          record={record}
          action="site_check"
          label="app.action.site_check"
          successMessage="app.notification.site_checked"
          icon={<LanguageIcon />}
        />
      )}
      {allowed.has('rerun_checks') && (
        <SimpleActionButton
          record={record}
          action="rerun_checks"
          label="app.action.rerun_checks"
          successMessage="app.notification.checks_rerun"
          icon={<RefreshIcon />}
        />
      )}
      {allowed.has('withdraw') && <WithdrawButton record={record} />}
    </Stack>
  );
};
