import VerifiedIcon from '@mui/icons-material/Verified';
import { DataTable, List, TextInput } from 'react-admin';

import { csvExporter } from '../common/csv';
import { formatDateTime } from '../common/format';

interface Filing {
  id: number;
  submissionId: string;
  reference: string;
  entityName: string;
  entityFilingNumber: string;
  domain: string;
  name: string;
  filingNumber: string | null;
  principalName: string;
  approvedAt: string;
}

const filters = [<TextInput key="q" source="q" alwaysOn />];

const Column = DataTable.Col<Filing>;

/** The approved filings on record, searchable by filing number, domain and entity. */
const FilingList = () => (
  <List<Filing> exporter={csvExporter} filters={filters} sort={{ field: 'approvedAt', order: 'DESC' }} perPage={50}>
    <DataTable<Filing>
      size="small"
      bulkActionButtons={false}
      rowClick={(_, __, record) => `/submissions/${record.submissionId}/show`}
    >
      <Column source="filingNumber" render={(record) => <code>{record.filingNumber ?? record.entityFilingNumber}</code>} />
      <Column source="domain" />
      <Column source="name" />
      <Column source="entityName" />
      <Column source="entityFilingNumber" render={(record) => <code>{record.entityFilingNumber}</code>} />
      <Column source="principalName" disableSort />
      <Column source="reference" disableSort render={(record) => <code>{record.reference}</code>} />
      <Column source="approvedAt" render={(record) => formatDateTime(record.approvedAt)} />
    </DataTable>
  </List>
);

export default { list: FilingList, icon: VerifiedIcon };
