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

import type { Submission } from '../providers/types';
import { AgeField, DateTimeText } from './AgeField';
import { ClockChip } from './ClockChip';
import { submissionExporter } from './exporter';
import { FindingCounts } from './FindingCounts';
import { MiitImportButton } from './MiitImportDialog';
import { NextSubmissionButton } from './NextSubmissionButton';
import { StatusChip } from './StatusChip';
import { submissionFilters } from './submissionFilters';
import { SubmissionListAside } from './SubmissionListAside';
import { TypeLabel } from './TypeLabel';

const ListActions = () => (
  <TopToolbar>
    <NextSubmissionButton />
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

const rowSx = (record: Submission) =>
  record.clock?.state === 'overdue'
    ? { boxShadow: 'inset 3px 0 0 #d32f2f' }
    : {};

export const SubmissionList = () => (
  <List<Submission>
    filters={submissionFilters}
    actions={<ListActions />}
    aside={<SubmissionListAside />}
    sort={{ field: 'submittedAt', order: 'DESC' }}
    perPage={50}
    exporter={submissionExporter}
    storeKey="submissions.queue"
  >
    <DataTable<Submission>
      rowClick="show"
      size="small"
      rowSx={rowSx}
      bulkActionButtons={<BulkExportButton />}
      hiddenColumns={['updatedAt']}
    >
      <Column
        source="reference"
        render={(record) => (
          <span style={{ fontFamily: 'monospace', fontWeight: 600, whiteSpace: 'nowrap' }}>
            {record.reference}
          </span>
        )}
      />
      <Column source="status" field={StatusChip} />
      <Column source="type" field={TypeLabel} />
      <Column source="province" label="resources.submissions.fields.provinceName"
        render={(record) => <Nowrap>{record.provinceName ?? record.province}</Nowrap>} />
      <Column source="entityName" />
      <Column
        source="domains"
        label="app.queue.first_domain"
        disableSort
        render={(record) => record.domains?.[0] ?? ''}
      />
      <Column
        source="submittedAt"
        render={(record) => <DateTimeText value={record.submittedAt} />}
      />
      <Column source="age" label="app.queue.age" disableSort field={AgeField} />
      <Column
        source="updatedAt"
        render={(record) => <DateTimeText value={record.updatedAt} />}
      />
      <Column
        source="assigneeId"
        disableSort
        render={(record) => <Nowrap>{record.assigneeName ?? ''}</Nowrap>}
      />
      <Column source="errorCount" label="app.queue.counts" field={FindingCounts} />
      <Column source="clock" disableSort field={ClockChip} />
    </DataTable>
  </List>
);
