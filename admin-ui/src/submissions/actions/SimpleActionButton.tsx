import type { ReactElement } from 'react';
import { Button } from 'react-admin';

import type { ActionRoute } from '../../providers/dataProvider';
import type { Submission } from '../../providers/types';
import { useSubmissionAction } from './useSubmissionAction';

/** A one-click action without a form: claim, release, site check, re-run checks. */
export const SimpleActionButton = ({
  record,
  action,
  label,
  successMessage,
  icon,
  variant = 'outlined',
}: {
  record: Submission;
  action: ActionRoute;
  label: string;
  successMessage: string;
  icon: ReactElement;
  variant?: 'text' | 'outlined' | 'contained';
}) => {
  const { run, isPending } = useSubmissionAction(record);
  return (
    <Button
      label={label}
      variant={variant}
      disabled={isPending}
      onClick={() => run(action, {}, successMessage)}
      data-action={action}
    >
      {icon}
    </Button>
  );
};
