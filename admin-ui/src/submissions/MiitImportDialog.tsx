import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';

import { translateFieldError } from '../common/fieldErrors';
import { useAsyncAction } from '../common/useAsyncAction';
import type { ConsoleDataProvider } from '../providers/dataProvider';
import type { MiitImportReport } from '../providers/types';

// A file of three lines as the server reads it: an approval with its time
// and offset, then a return whose time is left empty (the time of the import).
const CSV_EXAMPLE = [
  'reference,event,filing_number,reason,occurred_at',
  'BA2026-001033,approved,闽ICP备26000001号,,2026-12-05T09:30:00+08:00',
  'BA2026-001034,rejected,,网站名称与备案主体不符,',
].join('\n');

const ImportReport = ({ report }: { report: MiitImportReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <Alert severity={report.failed.length ? 'warning' : 'success'} sx={{ my: 1 }}>
        {translate('app.miit.applied', { smart_count: report.applied.length })}
        {' · '}
        {translate('app.miit.failed', { smart_count: report.failed.length })}
      </Alert>
      <Table size="small" data-testid="miit-import-report">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.miit.line')}</TableCell>
            <TableCell>{translate('resources.submissions.fields.reference')}</TableCell>
            <TableCell>{translate('app.miit.event')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.failed.map((row) => (
            <TableRow key={`failed-${row.line}`} sx={{ bgcolor: 'error.light' }}>
              <TableCell>{row.line}</TableCell>
              <TableCell>{row.reference}</TableCell>
              <TableCell title={row.message}>{translateFieldError(row.message, locale)}</TableCell>
            </TableRow>
          ))}
          {report.applied.map((row) => (
            <TableRow key={`applied-${row.line}`}>
              <TableCell>{row.line}</TableCell>
              <TableCell>{row.reference}</TableCell>
              <TableCell>
                {translate(`app.miit_event.${row.event}`, { _: row.event })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};

/** Uploads MIIT's decisions as CSV (supervisor only) and shows the per-line report. */
export const MiitImportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<MiitImportReport | null>(null);

  const { execute, isPending } = useAsyncAction(async (csv: File) => {
    try {
      setReport(await dataProvider.importMiitEvents(csv));
      refresh();
    } catch (error) {
      notify('app.notification.action_failed', {
        type: 'error',
        messageArgs: { message: (error as Error).message },
      });
    }
  });

  const close = () => {
    setOpen(false);
    setFile(null);
    setReport(null);
  };

  return (
    <>
      <Button label="app.action.miit_import" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={close} maxWidth="md" fullWidth>
        <DialogTitle>{translate('app.miit.import_title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.miit.import_help')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('app.miit.import_time_help')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.miit.import_example')}
          </Typography>
          <Typography
            component="pre"
            sx={{ fontFamily: 'monospace', fontSize: 12, bgcolor: 'action.hover', p: 1, mt: 0.5, mb: 1.5, overflowX: 'auto' }}
          >
            {CSV_EXAMPLE}
          </Typography>
          <Button component="label" label="app.action.choose_file" variant="outlined">
            <>
              <UploadFileIcon />
              <input
                hidden
                type="file"
                accept=".csv,text/csv"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setReport(null);
                }}
              />
            </>
          </Button>
          {file && (
            <Typography component="span" sx={{ ml: 1 }}>
              {file.name}
            </Typography>
          )}
          {report && <ImportReport report={report} />}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={close} />
          <Button
            label="app.action.upload"
            variant="contained"
            disabled={!file || isPending}
            onClick={() => file && execute(file)}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
