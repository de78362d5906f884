import StorageIcon from '@mui/icons-material/Storage';
import {
  Create,
  DataTable,
  DateInput,
  Edit,
  List,
  NumberInput,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useCanAccess,
} from 'react-admin';

import { EnumLabel } from '../common/EnumLabel';
import { PROVINCES, REFERENCE_KINDS, toChoices } from '../common/choices';
import { csvExporter } from '../common/csv';

const kindChoices = toChoices('reference_kind', REFERENCE_KINDS);
const appliesToChoices = toChoices('applies_to', ['unit', 'individual', 'all']);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <SelectInput key="provinceCode" source="provinceCode" choices={PROVINCES} translateChoice={false} />,
];

// The long English source text takes the spare width, so the headers and
// dates stay on one line.
const tableSx = { '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' } };

const ReferenceDataList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'reference-data', action: 'edit' });
  return (
    <List exporter={csvExporter} filters={filters} sort={{ field: 'kind', order: 'ASC' }} perPage={50}>
      <DataTable rowClick={canEdit ? 'edit' : false} size="small" bulkActionButtons={false} sx={tableSx}>
        <DataTable.Col source="kind" render={(record) => <EnumLabel group="reference_kind" value={record.kind} />} />
        <DataTable.Col source="value" />
        <DataTable.Col source="provinceCode" />
        <DataTable.Col
          source="appliesTo"
          disableSort
          render={(record) => <EnumLabel group="applies_to" value={record.appliesTo} />}
        />
        <DataTable.Col source="minimumAge" disableSort />
        <DataTable.Col source="effectiveFrom" sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="source" disableSort />
      </DataTable>
    </List>
  );
};

const ReferenceDataInputs = () => (
  <>
    <SelectInput source="kind" choices={kindChoices} validate={required()} />
    <TextInput source="value" validate={required()} />
    <SelectInput source="provinceCode" choices={PROVINCES} translateChoice={false} />
    <SelectInput source="appliesTo" choices={appliesToChoices} />
    <NumberInput source="minimumAge" min={0} max={100} />
    <DateInput source="effectiveFrom" validate={required()} />
    <TextInput source="source" validate={required()} fullWidth />
  </>
);

const ReferenceDataEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <ReferenceDataInputs />
    </SimpleForm>
  </Edit>
);

const ReferenceDataCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReferenceDataInputs />
    </SimpleForm>
  </Create>
);

export default {
  list: ReferenceDataList,
  edit: ReferenceDataEdit,
  create: ReferenceDataCreate,
  icon: StorageIcon,
  recordRepresentation: 'value',
};
