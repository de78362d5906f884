import {
  DataTable,
  List,
  SearchInput,
  SelectInput,
  TextInput,
} from 'react-admin';

import { EMAIL_KINDS, EMAIL_STATUSES, toChoices } from '../common/choices';
import { EnumLabel } from '../common/EnumLabel';
import { csvExporter } from '../common/csv';
import { formatDateTime } from '../common/format';
import { EmailStatusChip } from './EmailStatusChip';
import { LastError } from './LastError';
import { ResendButton } from './ResendButton';

interface Email {
  id: string;
  submissionId: string;
  reference?: string;
  kind: string;
  to: string;
  subject: string;
  status: string;
  attempts: number;
  lastError?: string | null;
  sentAt?: string | null;
  createdAt: string;
}

const emailFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={toChoices('email_status', EMAIL_STATUSES)} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={toChoices('email_kind', EMAIL_KINDS)} alwaysOn />,
  <TextInput key="submissionId" source="submissionId" />,
];

const Column = DataTable.Col<Email>;

// Applied to the header and the cells: references, counts and times must
// stay on one line at 1366 px, so the subject and error columns wrap instead.
const noWrap = { whiteSpace: 'nowrap' } as const;

export const EmailList = () => {
  return (
    <List<Email> exporter={csvExporter} filters={emailFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={50}>
      <DataTable<Email> rowClick="show" size="small" bulkActionButtons={false}>
        <Column source="reference" disableSort sx={noWrap} render={(record) => <code>{record.reference}</code>} />
        <Column source="kind" render={(record) => <EnumLabel group="email_kind" value={record.kind} />} />
        <Column source="to" />
        <Column source="subject" disableSort />
        <Column source="status" field={EmailStatusChip} />
        <Column source="attempts" sx={noWrap} />
        <Column source="lastError" disableSort render={(record) => <LastError text={record.lastError} />} />
        <Column source="createdAt" sx={noWrap} render={(record) => formatDateTime(record.createdAt)} />
        <Column source="sentAt" sx={noWrap} render={(record) => formatDateTime(record.sentAt)} />
        <Column source="id" label=" " disableSort field={ResendButton} />
      </DataTable>
    </List>
  );
};
