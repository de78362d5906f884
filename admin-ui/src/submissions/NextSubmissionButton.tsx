import SkipNextIcon from '@mui/icons-material/SkipNext';
import {
  Button,
  HttpError,
  useDataProvider,
  useNotify,
  useRedirect,
} from 'react-admin';

import { useAsyncAction } from '../common/useAsyncAction';
import type { ConsoleDataProvider } from '../providers/dataProvider';

/** Claims the oldest unassigned pending application and opens it. */
export const NextSubmissionButton = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();

  const { execute, isPending } = useAsyncAction(async () => {
    try {
      const submission = await dataProvider.claimNextSubmission();
      notify('app.notification.claimed', {
        type: 'success',
        messageArgs: { reference: submission.reference },
      });
      redirect('show', 'submissions', submission.id);
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) {
        notify('app.notification.queue_empty', { type: 'info' });
        return;
      }
      notify('app.notification.action_failed', {
        type: 'error',
        messageArgs: { message: (error as Error).message },
      });
    }
  });

  return (
    <Button
      label="app.action.next"
      variant="contained"
      onClick={() => execute()}
      disabled={isPending}
    >
      <SkipNextIcon />
    </Button>
  );
};
