import { CreateButton, DataTable, ExportButton, List, SearchInput, TextInput, TopToolbar, useCanAccess } from 'react-admin';

import { csvExporter } from '../common/csv';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="group" source="group" />,
  <TextInput key="ruleId" source="ruleId" />,
];

const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'reason-templates', action: 'create' });
  return (
    <TopToolbar>
      {canAccess && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
};

export const ReasonTemplateList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'reason-templates', action: 'edit' });
  return (
    <List exporter={csvExporter} filters={filters} actions={<Actions />} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
      <DataTable rowClick={canEdit ? 'edit' : false} size="small" bulkActionButtons={false}>
        <DataTable.Col source="code" render={(record) => <code>{record.code}</code>} />
        <DataTable.Col source="group" />
        <DataTable.Col source="ruleId" />
        <DataTable.Col source="path" disableSort />
        <DataTable.Col source="text" disableSort />
        <DataTable.Col source="suggestion" disableSort />
      </DataTable>
    </List>
  );
};
