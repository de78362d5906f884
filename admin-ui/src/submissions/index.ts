import AssignmentIcon from '@mui/icons-material/Assignment';

import { SubmissionList } from './SubmissionList';
import { SubmissionShow } from './SubmissionShow';

export default {
  list: SubmissionList,
  show: SubmissionShow,
  icon: AssignmentIcon,
  recordRepresentation: 'reference',
};
