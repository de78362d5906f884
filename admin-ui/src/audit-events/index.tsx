import HistoryIcon from '@mui/icons-material/History';
import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  TextInput,

} from 'react-admin';

import { EnumLabel } from '../common/EnumLabel';
import { formatDateTime } from '../common/format';

const startOfDay = (value: string) => (value ? `${value}T00:00:00+08:00` : undefined);
const endOfDay = (value: string) => (value ? `${value}T23:59:59.999+08:00` : undefined);
const dayOf = (value?: string) => (value ? value.slice(0, 10) : '');

const filters = [
  <TextInput key="reference" source="reference" alwaysOn />,
  <TextInput key="action" source="action" alwaysOn />,
  <ReferenceInput
    key="actorId"
    source="actorId"
    reference="users"
    sort={{ field: 'displayName', order: 'ASC' }}
    alwaysOn
  >
    <AutocompleteInput optionText="displayName" sx={{ minWidth: 160 }} />
  </ReferenceInput>,
  <TextInput key="submissionId" source="submissionId" />,
  <DateInput key="createdAt_gte" source="createdAt_gte" parse={startOfDay} format={dayOf} />,
  <DateInput key="createdAt_lte" source="createdAt_lte" parse={endOfDay} format={dayOf} />,
];

interface AuditEvent {
  id: string;
  submissionId?: string | null;
  reference?: string | null;
  actorName?: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  detail?: Record<string, unknown> | null;
  createdAt: string;
}

const Column = DataTable.Col<AuditEvent>;

const AuditEventList = () => {
  return (
    <List<AuditEvent> filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={50}>
      <DataTable<AuditEvent>
        size="small"
        bulkActionButtons={false}
        rowClick={(_, __, record) => (record.submissionId ? `/submissions/${record.submissionId}/show` : false)}
      >
        <Column source="createdAt" render={(record) => formatDateTime(record.createdAt)} />
        <Column source="reference" disableSort render={(record) => <code>{record.reference}</code>} />
        <Column source="actorName" disableSort />
        <Column source="action" render={(record) => <code>{record.action}</code>} />
        <Column source="fromStatus" disableSort render={(record) => <EnumLabel group="status" value={record.fromStatus} />} />
        <Column source="toStatus" disableSort render={(record) => <EnumLabel group="status" value={record.toStatus} />} />
        <Column
          source="detail"
          disableSort
          render={(record) => (
            <code style={{ fontSize: 11, wordBreak: 'break-all' }}>
              {record.detail ? JSON.stringify(record.detail) : ''}
            </code>
          )}
        />
      </DataTable>
    </List>
  );
};

export default { list: AuditEventList, icon: HistoryIcon };
