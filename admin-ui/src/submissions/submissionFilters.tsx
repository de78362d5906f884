import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
} from 'react-admin';

import { PROVINCES, STATUSES, TYPES, toChoices } from '../common/choices';

// Dates are picked as Beijing calendar days and sent as instants.
const startOfDay = (value: string) => (value ? `${value}T00:00:00+08:00` : undefined);
const endOfDay = (value: string) => (value ? `${value}T23:59:59.999+08:00` : undefined);
const dayOf = (value?: string) => (value ? value.slice(0, 10) : '');

export const submissionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={toChoices('status', STATUSES)}
    sx={{ minWidth: 180 }}
  />,
  <SelectInput key="type" source="type" choices={toChoices('type', TYPES)} />,
  <SelectInput
    key="province"
    source="province"
    choices={PROVINCES}
    translateChoice={false}
  />,
  <ReferenceInput
    key="assigneeId"
    source="assigneeId"
    reference="users"
    sort={{ field: 'displayName', order: 'ASC' }}
  >
    <AutocompleteInput optionText="displayName" sx={{ minWidth: 160 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="hasErrors" source="hasErrors" />,
  <DateInput
    key="submittedAt_gte"
    source="submittedAt_gte"
    parse={startOfDay}
    format={dayOf}
  />,
  <DateInput
    key="submittedAt_lte"
    source="submittedAt_lte"
    parse={endOfDay}
    format={dayOf}
  />,
  <BooleanInput key="overdue" source="overdue" defaultValue />,
  <BooleanInput key="dueSoon" source="dueSoon" defaultValue />,
];
