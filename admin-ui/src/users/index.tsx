import PeopleIcon from '@mui/icons-material/People';
import {
  BooleanInput,
  Create,
  DataTable,
  Edit,
  List,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,

} from 'react-admin';

import { EnumLabel } from '../common/EnumLabel';
import { ROLES, toChoices } from '../common/choices';
import { csvExporter } from '../common/csv';
import { formatDateTime } from '../common/format';

const roleChoices = toChoices('role', ROLES);

const UserList = () => {
  return (
    <List exporter={csvExporter} sort={{ field: 'username', order: 'ASC' }}>
      <DataTable rowClick="edit" size="small" bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="role" render={(record) => <EnumLabel group="role" value={record.role} />} />
        <DataTable.Col source="active" disableSort render={(record) => (record.active ? '✓' : '✗')} />
        <DataTable.Col source="createdAt" render={(record) => formatDateTime(record.createdAt)} />
      </DataTable>
    </List>
  );
};

const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="username" disabled />
      <TextInput source="displayName" validate={required()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <BooleanInput source="active" />
      <PasswordInput source="password" autoComplete="new-password" />
    </SimpleForm>
  </Edit>
);

const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ role: 'specialist', active: true }}>
      <TextInput source="username" validate={required()} />
      <TextInput source="displayName" validate={required()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <PasswordInput source="password" validate={required()} autoComplete="new-password" />
    </SimpleForm>
  </Create>
);

export default {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
