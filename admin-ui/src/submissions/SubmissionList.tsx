import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BulkExportButton,
  CanAccess,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  SelectColumnsButton,
  TopToolbar,
} from 'react-admin';

import { formatDateTime } from '../common/format';
import type { Submission } from '../providers/types';
import { AgeField } from './AgeField';
import { ClockChip } from './ClockChip';
import { submissionExporter } from './exporter';
import { FindingCounts } from './FindingCounts';
import { MiitImportButton } from './MiitImportDialog';
import { NextSubmissionButton } from './NextSubmissionButton';
import { StatusChip } from './StatusChip';
import { submissionFilters } from './submissionFilters';
import { QueueAsideToggle, SubmissionListAside } from './SubmissionListAside';
import { TypeLabel } from './TypeLabel';

const ListActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap', rowGap: 0.5, justifyContent: 'flex-end' }}>
    <NextSubmissionButton />
    <QueueAsideToggle />
    <FilterButton />
    <SelectColumnsButton />
    <CanAccess resource="miit-events" action="create">
      <MiitImportButton />
    </CanAccess>
    <ExportButton maxResults={5000} />
  </TopToolbar>
);

const Column = DataTable.Col<Submission>;

const Nowrap = ({ children }: { children: ReactNode }) => (
  <span style={{ whiteSpace: 'nowrap' }}>{children}</span>
);

/** Text cut to `lines` lines with an ellipsis; the full text is in the tooltip. */
const Clamp = ({ text, lines = 2 }: { text: string; lines?: number }) => (
  <Box
    component="span"
    title={text}
    sx={{
      display: '-webkit-box',
      WebkitLineClamp: lines,
      WebkitBoxOrient: 'vertical',
      overflow: 'hidden',
      wordBreak: 'break-all',
    }}
  >
    {text}
  </Box>
);

/** Date above time, so that the column is as narrow as a date. */
const StackedDateTime = ({ value }: { value?: string | null }) => {
  const [date, time] = formatDateTime(value).split(' ');
  return (
    <Box component="span" sx={{ display: 'inline-block', whiteSpace: 'nowrap', lineHeight: 1.35 }}>
      {date}
      {time && (
        <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
          {time}
        </Box>
      )}
    </Box>
  );
};

const rowSx = (record: Submission) =>
  record.clock?.state === 'overdue'
    ? { boxShadow: 'inset 3px 0 0 #d32f2f' }
    : {};

// Cell paddings are narrower than MUI's small size (6px 16px), so that the queue fits
// from 1280 px wide. On narrower screens the table scrolls inside its card instead of the page.
const tableSx = {
  '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
  '& .RaDataTable-rowCell, & .RaDataTable-headerCell': { px: 1 },
  '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
};

export const SubmissionList = () => (
  <List<Submission>
    filters={submissionFilters}
    actions={<ListActions />}
    aside={<SubmissionListAside />}
    sort={{ field: 'submittedAt', order: 'DESC' }}
    perPage={50}
    exporter={submissionExporter}
    storeKey="submissions.queue"
    sx={{
      // Lets the list column shrink beside the sidebar instead of widening the page.
      '& .RaList-main': { minWidth: 0 },
      '& .RaListToolbar-root': { flexWrap: 'wrap' },
    }}
  >
    <DataTable<Submission>
      rowClick="show"
      size="small"
      rowSx={rowSx}
      bulkActionButtons={<BulkExportButton />}
      hiddenColumns={['updatedAt']}
      sx={tableSx}
    >
      <Column
        source="reference"
        label="app.queue.columns.reference"
        render={(record) => (
          <span style={{ fontFamily: 'monospace', fontWeight: 600, whiteSpace: 'nowrap', fontSize: 13 }}>
            {record.reference}
          </span>
        )}
      />
      <Column source="status" field={StatusChip} />
      <Column
        source="type"
        label="app.queue.columns.type"
        sx={{ minWidth: 56, maxWidth: 72 }}
        render={(record) => <TypeLabel type={record.type} wrap />}
      />
      <Column
        source="province"
        label="app.queue.columns.province"
        sx={{ minWidth: 44, maxWidth: 60 }}
        render={(record) => record.provinceName ?? record.province}
      />
      <Column
        source="entityName"
        label="app.queue.columns.entity"
        sx={{ minWidth: 120, width: '20%', maxWidth: 240 }}
        render={(record) => <Clamp text={record.entityName} />}
      />
      <Column
        source="domains"
        label="app.queue.columns.domain"
        disableSort
        sx={{ minWidth: 130, maxWidth: 200 }}
        render={(record) => <Clamp text={record.domains?.[0] ?? ''} lines={1} />}
      />
      <Column
        source="submittedAt"
        label="app.queue.columns.submitted"
        render={(record) => <StackedDateTime value={record.submittedAt} />}
      />
      <Column source="receivedAt" label="app.queue.columns.age" field={AgeField} />
      <Column
        source="updatedAt"
        render={(record) => <StackedDateTime value={record.updatedAt} />}
      />
      <Column
        source="assigneeId"
        label="app.queue.columns.assignee"
        disableSort
        sx={{ minWidth: 72, maxWidth: 110 }}
        render={(record) => <Clamp text={record.assigneeName ?? ''} />}
      />
      <Column source="errorCount" label="app.queue.columns.counts" field={FindingCounts} />
      <Column
        source="clock"
        label="app.queue.columns.clock"
        disableSort
        render={(record) => <Nowrap><ClockChip clock={record.clock} compact /></Nowrap>}
      />
    </DataTable>
  </List>
);
