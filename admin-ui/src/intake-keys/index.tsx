import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import VpnKeyIcon from '@mui/icons-material/VpnKey';
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Create,
  DataTable,
  DeleteWithConfirmButton,
  List,
  SimpleForm,
  TextInput,
  required,

  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';

import { csvExporter } from '../common/csv';
import { formatDateTime } from '../common/format';

interface IntakeKey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
  key?: string;
}

const RevokeButton = () => {
  const record = useRecordContext<IntakeKey>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.revokedAt) return <span>{translate('app.intake_keys.revoked')}</span>;
  return (
    <DeleteWithConfirmButton
      label="app.intake_keys.revoke"
      mutationMode="pessimistic"
      confirmTitle="app.intake_keys.revoke"
      onClick={(event) => event.stopPropagation()}
    />
  );
};

const Column = DataTable.Col<IntakeKey>;

const IntakeKeyList = () => {
  return (
    <List<IntakeKey> exporter={csvExporter} sort={{ field: 'createdAt', order: 'DESC' }}>
      <DataTable<IntakeKey> size="small" bulkActionButtons={false} rowClick={false}>
        <Column source="name" />
        <Column source="createdAt" render={(record) => formatDateTime(record.createdAt)} />
        <Column source="lastUsedAt" render={(record) => formatDateTime(record.lastUsedAt)} />
        <Column source="revokedAt" disableSort render={(record) => formatDateTime(record.revokedAt)} />
        <Column source="id" label=" " disableSort field={RevokeButton} />
      </DataTable>
    </List>
  );
};

/** Shows a newly created key once, with a copy button; the server never returns it again. */
const CreatedKeyDialog = ({ created, onClose }: { created: IntakeKey; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key ?? '');
      notify('app.notification.key_copied', { type: 'success' });
    } catch {
      notify('app.notification.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('app.intake_keys.created_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('app.intake_keys.created_help')}
        </Alert>
        <Box
          component="code"
          data-testid="intake-key"
          sx={{ display: 'block', p: 1, bgcolor: 'action.hover', wordBreak: 'break-all', userSelect: 'all' }}
        >
          {created.key}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button label="app.action.copy" onClick={copy}>
          <ContentCopyIcon />
        </Button>
        <Button label="ra.action.close" variant="contained" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
};

const IntakeKeyCreate = () => {
  const [created, setCreated] = useState<IntakeKey | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create<IntakeKey> redirect={false} mutationOptions={{ onSuccess: (data) => setCreated(data) }}>
        <SimpleForm>
          <TextInput source="name" validate={required()} />
        </SimpleForm>
      </Create>
      {created && (
        <CreatedKeyDialog
          created={created}
          onClose={() => {
            setCreated(null);
            redirect('list', 'intake-keys');
          }}
        />
      )}
    </>
  );
};

export default {
  list: IntakeKeyList,
  create: IntakeKeyCreate,
  icon: VpnKeyIcon,
  recordRepresentation: 'name',
};
