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
import { useMemo, useState } from 'react';
import { Button, HttpError, useGetList, useNotify, useTranslate } from 'react-admin';

import { useFieldPathLabel } from '../../common/fieldPath';
import type { Submission } from '../../providers/types';
import { postJson } from '../../providers/http';
import { DialogErrorAlert, toDialogError, type DialogError } from './DialogError';
import { FieldPathPicker } from './FieldPathPicker';
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
  serverErrors,
  application,
  findingPaths,
}: {
  reason: DraftReason;
  index: number;
  onChange: (reason: DraftReason) => void;
  onRemove: () => void;
  showErrors: boolean;
  /** The server's messages for this reason's fields, keyed `path`, `text`, `suggestion` or `ruleId`. */
  serverErrors: Record<string, string>;
  application: unknown;
  findingPaths: string[];
}) => {
  const translate = useTranslate();
  const textMissing = showErrors && !reason.text.trim();
  return (
    <Paper variant="outlined" sx={{ p: 1, mb: 1 }} data-testid="reject-reason">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 24 }}>
          {index + 1}.
        </Typography>
        <FieldPathPicker
          label={translate('app.reject.path')}
          value={reason.path ?? ''}
          application={application}
          extraPaths={findingPaths}
          error={serverErrors.path}
          onChange={(value) => onChange({ ...reason, path: value })}
        />
        {reason.ruleId && (
          <Typography
            variant="caption"
            color={serverErrors.ruleId ? 'error' : 'text.secondary'}
            title={serverErrors.ruleId}
            sx={{ fontFamily: 'monospace' }}
          >
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
        error={textMissing || !!serverErrors.text}
        helperText={textMissing ? translate('ra.validation.required') : serverErrors.text}
        onChange={(event) => onChange({ ...reason, text: event.target.value })}
        sx={{ mb: 1 }}
      />
      <TextField
        size="small"
        fullWidth
        multiline
        label={translate('app.reject.suggestion')}
        value={reason.suggestion ?? ''}
        error={!!serverErrors.suggestion}
        helperText={serverErrors.suggestion}
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

const REASON_ERROR = /^reasons\[(\d+)\]\.(\w+)$/;

/** Groups the server's `reasons[i].<field>` errors by the key of the reason that was sent at index i. */
const reasonErrorsByKey = (fields: Record<string, string>, sent: DraftReason[]) => {
  const byKey: Record<string, Record<string, string>> = {};
  for (const [path, why] of Object.entries(fields)) {
    const match = REASON_ERROR.exec(path);
    const reason = match ? sent[Number(match[1])] : undefined;
    if (!match || !reason) continue;
    byKey[reason.key] = { ...byKey[reason.key], [match[2]]: why };
  }
  return byKey;
};

/** The rejection email as the server renders it before sending. */
interface EmailPreview {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The reasons the email was rendered from, which are the ones sent. */
  reasons: DraftReason[];
}

/** Snapshot of the record's status, reviewer and version when the rejection was sent. */
interface ConflictSnapshot {
  status: string;
  assigneeName: string | null;
  version: number;
}

/**
 * Rejection with editable reasons, pre-filled from the open error findings.
 * It is sent only after a second confirmation because it emails the customer.
 * The dialog stays mounted while `allowed` is false, so that a 409 (someone
 * else acted first) refreshes the record without losing the typed reasons.
 */
export const RejectButton = ({ record, allowed = true }: { record: Submission; allowed?: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const pathLabel = useFieldPathLabel();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [reasons, setReasons] = useState<DraftReason[]>([]);
  const [serverError, setServerError] = useState<DialogError | null>(null);
  const [reasonErrors, setReasonErrors] = useState<Record<string, Record<string, string>>>({});
  const [conflict, setConflict] = useState<ConflictSnapshot | null>(null);
  const [preview, setPreview] = useState<EmailPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const { run, isPending } = useSubmissionAction(record, { shownInDialog: [400, 409] });
  // One array per record, so the path pickers' option lists are not rebuilt on every keystroke.
  const findingPaths = useMemo(
    () => (record.findings ?? []).map((finding) => finding.path).filter(Boolean),
    [record.findings],
  );
  const { data: templates = [] } = useGetList<ReasonTemplate>(
    'reason-templates',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' } },
    { enabled: allowed || open },
  );

  const openDialog = () => {
    setReasons(initialReasons(record.findings ?? [], templates));
    setShowErrors(false);
    setServerError(null);
    setReasonErrors({});
    setConflict(null);
    setOpen(true);
  };
  const update = (index: number, reason: DraftReason) =>
    setReasons((current) => current.map((item, i) => (i === index ? reason : item)));
  const valid = reasons.length > 0 && reasons.every((reason) => reason.text.trim());
  // After a conflict, the refreshed record's allowed actions decide whether rejecting is still possible.
  const canSend = allowed && (record.allowedActions ?? []).includes('reject');

  const showError = (error: DialogError | null, sent: DraftReason[]) => {
    setServerError(error);
    setReasonErrors(error ? reasonErrorsByKey(error.fields, sent) : {});
  };

  // The email is rendered by the server from the same reasons, so what the specialist
  // confirms is what the customer receives.
  const requestConfirmation = async () => {
    setShowErrors(true);
    if (!valid || previewing) return;
    setPreviewing(true);
    // The reasons as previewed are the ones sent, even if the form changes meanwhile.
    const previewed = reasons;
    try {
      const email = await postJson<Omit<EmailPreview, 'reasons'>>(`/api/submissions/${record.id}/reject/preview`, {
        reasons: toRequestReasons(previewed),
      });
      showError(null, previewed);
      setPreview({ ...email, reasons: previewed });
      setConfirming(true);
    } catch (error) {
      showError(toDialogError(error instanceof HttpError ? error : undefined), previewed);
    } finally {
      setPreviewing(false);
    }
  };
  const send = async () => {
    setConfirming(false);
    if (!preview) return;
    const sent = preview.reasons;
    const before: ConflictSnapshot = {
      status: record.status,
      assigneeName: record.assigneeName ?? null,
      version: record.version,
    };
    const outcome = await run('reject', { reasons: toRequestReasons(sent) }, 'app.notification.rejected');
    if (outcome.ok) {
      setOpen(false);
      return;
    }
    const error = toDialogError(outcome.error);
    showError(error, sent);
    if (error?.status === 409) {
      setConflict(before);
    } else {
      setConflict(null);
    }
  };

  const copyReasons = async () => {
    const text = reasons
      .map((reason, index) => {
        const path = reason.path?.trim();
        const lines = [`${index + 1}. ${path ? `[${pathLabel(path)} ${path}] ` : ''}${reason.text.trim()}`];
        if (reason.suggestion?.trim()) {
          lines.push(`   ${translate('app.review.suggestion', { text: reason.suggestion.trim() })}`);
        }
        return lines.join('\n');
      })
      .join('\n');
    try {
      await navigator.clipboard.writeText(text);
      notify('app.reject.copied', { type: 'info' });
    } catch {
      notify('app.notification.copy_failed', { type: 'warning' });
    }
  };

  const statusText = (status?: string | null) =>
    status ? translate(`app.status.${status}`, { _: status }) : translate('app.review.empty_value');

  /** Lists what differs between the record as sent and as reloaded after a 409, as message keys and values. */
  const conflictChanges = (before: ConflictSnapshot, after: Submission) => {
    const changes: Array<{ key: string; before: string; after: string }> = [];
    if (before.status !== after.status) {
      changes.push({ key: 'app.reject.conflict_status', before: statusText(before.status), after: statusText(after.status) });
    }
    if ((before.assigneeName ?? null) !== (after.assigneeName ?? null)) {
      changes.push({
        key: 'app.reject.conflict_assignee',
        before: before.assigneeName ?? translate('app.review.unassigned'),
        after: after.assigneeName ?? translate('app.review.unassigned'),
      });
    }
    if (!changes.length && before.version !== after.version) {
      changes.push({ key: 'app.reject.conflict_version', before: String(before.version), after: String(after.version) });
    }
    return changes;
  };

  return (
    <>
      {allowed && (
        <Button label="app.action.reject" color="error" variant="outlined" onClick={openDialog} data-action="reject">
          <BlockIcon />
        </Button>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth aria-labelledby="reject-title">
        <DialogTitle id="reject-title">{translate('app.reject.title', { reference: record.reference })}</DialogTitle>
        <DialogContent dividers>
          <DialogErrorAlert
            error={serverError}
            shownPaths={Object.keys(serverError?.fields ?? {}).filter((path) => REASON_ERROR.test(path))}
          >
            {conflict && (
              <Box sx={{ mt: 0.5 }} data-testid="reject-conflict">
                {conflictChanges(conflict, record).map((change) => (
                  <div key={change.key}>{translate(change.key, { before: change.before, after: change.after })}</div>
                ))}
                {translate(canSend ? 'app.reject.conflict_retry' : 'app.reject.conflict_kept')}
              </Box>
            )}
          </DialogErrorAlert>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.reject.intro')}
          </Typography>
          {reasons.map((reason, index) => (
            <ReasonEditor
              key={reason.key}
              reason={reason}
              index={index}
              showErrors={showErrors}
              serverErrors={reasonErrors[reason.key] ?? {}}
              application={record.application}
              findingPaths={findingPaths}
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
          {conflict && <Button label="app.reject.copy" onClick={copyReasons} />}
          <Box sx={{ flex: 1 }} />
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="app.reject.preview"
            color="error"
            variant="contained"
            disabled={isPending || previewing || !canSend}
            onClick={requestConfirmation}
          />
        </DialogActions>
      </Dialog>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        maxWidth="md"
        fullWidth
        aria-labelledby="reject-preview-title"
      >
        <DialogTitle id="reject-preview-title">
          {translate('app.reject.preview_title', { reference: record.reference })}
        </DialogTitle>
        <DialogContent dividers>
          <Alert severity="warning" sx={{ mb: 1 }}>
            {translate('app.reject.intro')}
          </Alert>
          {preview && (
            <Box data-testid="reject-preview">
              <Typography variant="body2">
                {translate('app.reject.preview_to')}: {preview.to}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }}>
                {translate('app.reject.preview_subject')}: {preview.subject}
              </Typography>
              <Box
                component="iframe"
                title={preview.subject}
                sandbox=""
                srcDoc={preview.html}
                sx={{ width: '100%', height: 420, border: 1, borderColor: 'divider', borderRadius: 1 }}
              />
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="app.reject.back" onClick={() => setConfirming(false)} />
          <Button
            label="app.reject.confirm"
            color="error"
            variant="contained"
            disabled={isPending || !canSend}
            onClick={send}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
