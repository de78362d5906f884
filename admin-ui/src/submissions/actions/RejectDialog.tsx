import BlockIcon from '@mui/icons-material/Block';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import {
  Alert,
  Autocomplete,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Paper,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useGetList, useTranslate } from 'react-admin';

import type { Submission } from '../../providers/types';
import {
  blankReason,
  initialReasons,
  reasonFromTemplate,
  toRequestReasons,
  type DraftReason,
  type ReasonTemplate,
} from './rejectReasons';
import { useSubmissionAction } from './useSubmissionAction';

const ReasonEditor = ({
  reason,
  index,
  onChange,
  onRemove,
  showErrors,
}: {
  reason: DraftReason;
  index: number;
  onChange: (reason: DraftReason) => void;
  onRemove: () => void;
  showErrors: boolean;
}) => {
  const translate = useTranslate();
  const textMissing = showErrors && !reason.text.trim();
  return (
    <Paper variant="outlined" sx={{ p: 1, mb: 1 }} data-testid="reject-reason">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 24 }}>
          {index + 1}.
        </Typography>
        <TextField
          size="small"
          label={translate('app.reject.path')}
          value={reason.path ?? ''}
          onChange={(event) => onChange({ ...reason, path: event.target.value })}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
        />
        {reason.ruleId && (
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {reason.ruleId}
          </Typography>
        )}
        <Tooltip title={translate('app.action.remove_reason')}>
          <IconButton aria-label={translate('app.action.remove_reason')} onClick={onRemove} size="small">
            <DeleteOutlineIcon />
          </IconButton>
        </Tooltip>
      </Box>
      <TextField
        size="small"
        fullWidth
        multiline
        required
        label={translate('app.reject.text')}
        value={reason.text}
        error={textMissing}
        helperText={textMissing ? translate('ra.validation.required') : undefined}
        onChange={(event) => onChange({ ...reason, text: event.target.value })}
        sx={{ mb: 1 }}
      />
      <TextField
        size="small"
        fullWidth
        multiline
        label={translate('app.reject.suggestion')}
        value={reason.suggestion ?? ''}
        onChange={(event) => onChange({ ...reason, suggestion: event.target.value })}
      />
    </Paper>
  );
};

const TemplatePicker = ({ onPick }: { onPick: (template: ReasonTemplate) => void }) => {
  const translate = useTranslate();
  const { data: templates = [] } = useGetList<ReasonTemplate>('reason-templates', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'code', order: 'ASC' },
  });
  return (
    <Autocomplete
      options={templates}
      value={null}
      blurOnSelect
      onChange={(_, template) => template && onPick(template)}
      getOptionLabel={(template) => `${template.code} · ${template.text}`}
      filterOptions={(options, { inputValue }) => {
        const query = inputValue.trim().toLowerCase();
        return options.filter(
          (template) =>
            !query ||
            template.code.toLowerCase().includes(query) ||
            template.text.toLowerCase().includes(query) ||
            (template.ruleId ?? '').toLowerCase().includes(query),
        );
      }}
      renderInput={(params) => (
        <TextField {...params} size="small" label={translate('app.reject.template_search')} />
      )}
      sx={{ flex: 1 }}
    />
  );
};

/**
 * Rejection with editable reasons, pre-filled from the open error findings.
 * It is sent only after a second confirmation because it emails the customer.
 */
export const RejectButton = ({ record }: { record: Submission }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [reasons, setReasons] = useState<DraftReason[]>([]);
  const { run, isPending } = useSubmissionAction(record);
  const { data: templates = [] } = useGetList<ReasonTemplate>('reason-templates', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'code', order: 'ASC' },
  });

  const openDialog = () => {
    setReasons(initialReasons(record.findings ?? [], templates));
    setShowErrors(false);
    setOpen(true);
  };
  const update = (index: number, reason: DraftReason) =>
    setReasons((current) => current.map((item, i) => (i === index ? reason : item)));
  const valid = reasons.length > 0 && reasons.every((reason) => reason.text.trim());

  const requestConfirmation = () => {
    setShowErrors(true);
    if (valid) setConfirming(true);
  };
  const send = async () => {
    setConfirming(false);
    const outcome = await run('reject', { reasons: toRequestReasons(reasons) }, 'app.notification.rejected');
    if (outcome.ok) setOpen(false);
  };

  return (
    <>
      <Button label="app.action.reject" color="error" variant="outlined" onClick={openDialog} data-action="reject">
        <BlockIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth aria-labelledby="reject-title">
        <DialogTitle id="reject-title">{translate('app.reject.title', { reference: record.reference })}</DialogTitle>
        <DialogContent dividers>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.reject.intro')}
          </Typography>
          {reasons.map((reason, index) => (
            <ReasonEditor
              key={reason.key}
              reason={reason}
              index={index}
              showErrors={showErrors}
              onChange={(value) => update(index, value)}
              onRemove={() => setReasons((current) => current.filter((_, i) => i !== index))}
            />
          ))}
          {showErrors && reasons.length === 0 && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {translate('app.reject.no_reason')}
            </Alert>
          )}
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <TemplatePicker onPick={(template) => setReasons((current) => [...current, reasonFromTemplate(template)])} />
            <Button label="app.action.add_reason" onClick={() => setReasons((current) => [...current, blankReason()])} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="app.reject.confirm"
            color="error"
            variant="contained"
            disabled={isPending}
            onClick={requestConfirmation}
          />
        </DialogActions>
      </Dialog>
      <Confirm
        isOpen={confirming}
        title="app.reject.title"
        titleTranslateOptions={{ reference: record.reference }}
        content="app.reject.intro"
        confirm="app.reject.confirm"
        confirmColor="warning"
        onConfirm={send}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
