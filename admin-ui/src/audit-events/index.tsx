import HistoryIcon from '@mui/icons-material/History';
import { useMemo } from 'react';
import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
  useGetList,
  useTranslate,
} from 'react-admin';

import { EnumLabel } from '../common/EnumLabel';
import { csvExporter } from '../common/csv';
import { formatDateTime } from '../common/format';
import { AuditDetail } from './AuditDetail';
import { AUDIT_ACTIONS } from './vocabulary';

const startOfDay = (value: string) => (value ? `${value}T00:00:00+08:00` : undefined);
const endOfDay = (value: string) => (value ? `${value}T23:59:59.999+08:00` : undefined);
const dayOf = (value?: string) => (value ? value.slice(0, 10) : '');

const filters = [
  <TextInput key="reference" source="reference" alwaysOn />,
  <SelectInput
    key="action"
    source="action"
    choices={AUDIT_ACTIONS.map((action) => ({ id: action, name: `app.audit_action.${action}` }))}
    alwaysOn
  />,
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
  actorId?: string | null;
  actorName?: string | null;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  detail?: Record<string, unknown> | null;
  createdAt: string;
}

const Column = DataTable.Col<AuditEvent>;

/** Renders an action's label with its code in the tooltip; an unknown action shows its code. */
const ActionLabel = ({ action }: { action: string }) => {
  const translate = useTranslate();
  return (
    <span title={action} style={{ whiteSpace: 'nowrap' }}>
      {translate(`app.audit_action.${action}`, { _: action })}
    </span>
  );
};

/**
 * Renders who acted: a user's display name, or, for an event without a user,
 * the translated label of the server's actor name (login, intake, sms-clock).
 */
const ActorLabel = ({ record }: { record: AuditEvent }) => {
  const translate = useTranslate();
  if (!record.actorName) return null;
  if (record.actorId) return <>{record.actorName}</>;
  return (
    <span title={record.actorName}>
      {translate(`app.audit_actor.${record.actorName}`, { _: record.actorName })}
    </span>
  );
};

const AuditEventList = () => {
  // Assignments record user ids; the names come from the user list, which is small.
  const { data: users = [] } = useGetList<{ id: string; displayName: string }>('users', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'displayName', order: 'ASC' },
  });
  const names = useMemo(() => new Map(users.map((user) => [String(user.id), user.displayName])), [users]);
  const userName = (id: string) => names.get(id);
  return (
    <List<AuditEvent> exporter={csvExporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={50}>
      <DataTable<AuditEvent>
        size="small"
        bulkActionButtons={false}
        rowClick={(_, __, record) => (record.submissionId ? `/submissions/${record.submissionId}/show` : false)}
      >
        <Column
          source="createdAt"
          render={(record) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(record.createdAt)}</span>}
        />
        <Column source="reference" disableSort render={(record) => <code>{record.reference}</code>} />
        <Column source="actorName" disableSort render={(record) => <ActorLabel record={record} />} />
        <Column source="action" render={(record) => <ActionLabel action={record.action} />} />
        <Column source="fromStatus" disableSort render={(record) => <EnumLabel group="status" value={record.fromStatus} />} />
        <Column source="toStatus" disableSort render={(record) => <EnumLabel group="status" value={record.toStatus} />} />
        <Column
          source="detail"
          disableSort
          render={(record) => <AuditDetail detail={record.detail} userName={userName} />}
        />
      </DataTable>
    </List>
  );
};

export default { list: AuditEventList, icon: HistoryIcon };
