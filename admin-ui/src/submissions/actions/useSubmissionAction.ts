import {
  HttpError,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';

import { useAsyncAction } from '../../common/useAsyncAction';
import type { ActionRoute, ConsoleDataProvider } from '../../providers/dataProvider';
import { fieldErrorsOf } from '../../providers/errors';
import type { Submission } from '../../providers/types';

export interface ActionOutcome {
  ok: boolean;
  /** The error response, for callers that show its details (field errors, 422 findings, 409). */
  error?: HttpError;
}

export interface ActionOptions {
  /**
   * Statuses whose error the calling dialog shows itself, so no toast is
   * raised: 400 with field errors, 409 and 422 are the usual ones. A 409
   * still refreshes the record.
   */
  shownInDialog?: number[];
}

/**
 * Sends one submission action with the record's version, then notifies and
 * refreshes. Error toasts carry the translated message of the HTTP layer,
 * which appends the server's text (a 409 names who acted first). A 422 is
 * never toasted: the forward dialog lists its blocking findings.
 */
export const useSubmissionAction = (record: Submission | undefined, options: ActionOptions = {}) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const shownInDialog = options.shownInDialog ?? [];

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
        const status = httpError?.status;
        const message = (error as Error).message || translate('ra.notification.http_error');
        const hasFieldErrors = Object.keys(fieldErrorsOf(error)).length > 0;
        const inDialog =
          status !== undefined &&
          shownInDialog.includes(status) &&
          (status !== 400 || hasFieldErrors);
        if (status === 409) refresh();
        if (status !== 422 && !inDialog) {
          notify(message, { type: status === 409 ? 'warning' : 'error', messageArgs: { _: message } });
        }
        return { ok: false, error: httpError };
      }
    },
  );

  const run = async (...args: Parameters<typeof execute>) =>
    (await execute(...args)) ?? { ok: false };

  return { run, isPending };
};
