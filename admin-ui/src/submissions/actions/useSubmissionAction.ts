import {
  HttpError,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';

import { useAsyncAction } from '../../common/useAsyncAction';
import type { ActionRoute, ConsoleDataProvider } from '../../providers/dataProvider';
import type { Submission } from '../../providers/types';

export interface ActionOutcome {
  ok: boolean;
  /** The error response, for callers that show its details (422 findings). */
  error?: HttpError;
}

/**
 * Sends one submission action with the record's version, then notifies and
 * refreshes. A 409 (stale version or action not allowed) shows the server's
 * message, which names who acted first.
 */
export const useSubmissionAction = (record: Submission | undefined) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();

  const { execute, isPending } = useAsyncAction(
    async (
      action: ActionRoute,
      body: Record<string, unknown>,
      successMessage: string,
      messageArgs: Record<string, unknown> = {},
    ): Promise<ActionOutcome> => {
      if (!record) return { ok: false };
      try {
        const updated = await dataProvider.submissionAction(record.id, action, {
          version: record.version,
          ...body,
        });
        notify(successMessage, {
          type: 'success',
          messageArgs: { reference: updated?.reference ?? record.reference, ...messageArgs },
        });
        refresh();
        return { ok: true };
      } catch (error) {
        const httpError = error instanceof HttpError ? error : undefined;
        const message = (error as Error).message || translate('ra.notification.http_error');
        if (httpError?.status === 409) {
          notify('app.notification.stale', { type: 'warning', messageArgs: { message } });
          refresh();
        } else if (httpError?.status !== 422) {
          notify('app.notification.action_failed', { type: 'error', messageArgs: { message } });
        }
        return { ok: false, error: httpError };
      }
    },
  );

  const run = async (...args: Parameters<typeof execute>) =>
    (await execute(...args)) ?? { ok: false };

  return { run, isPending };
};
