import ReplayIcon from '@mui/icons-material/Replay';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';

import { useAsyncAction } from '../common/useAsyncAction';
import type { ConsoleDataProvider } from '../providers/dataProvider';

/** Supervisor: requeues an email whose sending failed. */
export const ResendButton = () => {
  const record = useRecordContext<{ id: string; status?: string }>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'emails', action: 'resend' });
  const { execute, isPending } = useAsyncAction(async (id: string) => {
    try {
      await dataProvider.resendEmail(id);
      notify('app.notification.email_requeued', { type: 'success' });
      refresh();
    } catch (error) {
      notify('app.notification.action_failed', {
        type: 'error',
        messageArgs: { message: (error as Error).message },
      });
    }
  });

  if (!record || record.status !== 'failed' || !canAccess) return null;
  return (
    <Button
      label="app.action.resend"
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        execute(record.id);
      }}
    >
      <ReplayIcon />
    </Button>
  );
};
