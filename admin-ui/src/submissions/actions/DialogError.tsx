import { Alert, Box } from '@mui/material';
import type { ReactNode } from 'react';
import type { HttpError } from 'react-admin';

import { PathLabel } from '../../common/fieldPath';
import { errorSummaryOf, fieldErrorsOf, serverMessageOf } from '../../providers/errors';

/** A failed action as a dialog shows it: a translated summary, the server's text and its field errors. */
export interface DialogError {
  status: number;
  summary: string;
  serverMessage: string;
  /** The server's `errors`, keyed by the request field path, such as `reasons[0].text`. */
  fields: Record<string, string>;
}

export const toDialogError = (error: HttpError | undefined): DialogError | null =>
  error
    ? {
        status: error.status,
        summary: errorSummaryOf(error),
        serverMessage: serverMessageOf(error),
        fields: fieldErrorsOf(error),
      }
    : null;

/**
 * Renders the summary and server message of a failed action, and the field
 * errors that no input of the dialog shows (`shownPaths` lists those that one does).
 */
export const DialogErrorAlert = ({
  error,
  shownPaths = [],
  children,
}: {
  error: DialogError | null;
  shownPaths?: string[];
  children?: ReactNode;
}) => {
  if (!error) return null;
  const shown = new Set(shownPaths);
  const unmatched = Object.entries(error.fields).filter(([path]) => !shown.has(path));
  return (
    <Alert severity={error.status === 409 ? 'warning' : 'error'} sx={{ mb: 1 }} data-testid="dialog-error">
      <Box sx={{ fontWeight: 600 }}>{error.summary}</Box>
      {error.serverMessage && <Box sx={{ fontSize: 13 }}>{error.serverMessage}</Box>}
      {unmatched.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5, fontSize: 13 }}>
          {unmatched.map(([path, why]) => (
            <li key={path}>
              <PathLabel path={path} /> — {why}
            </li>
          ))}
        </Box>
      )}
      {children}
    </Alert>
  );
};
