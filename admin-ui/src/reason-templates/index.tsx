import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import { Create, Edit, SimpleForm } from 'react-admin';

import { ReasonTemplateInputs } from './ReasonTemplateInputs';
import { ReasonTemplateList } from './ReasonTemplateList';

const ReasonTemplateEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <ReasonTemplateInputs />
    </SimpleForm>
  </Edit>
);

const ReasonTemplateCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReasonTemplateInputs />
    </SimpleForm>
  </Create>
);

export default {
  list: ReasonTemplateList,
  edit: ReasonTemplateEdit,
  create: ReasonTemplateCreate,
  icon: LibraryBooksIcon,
  recordRepresentation: 'code',
};
