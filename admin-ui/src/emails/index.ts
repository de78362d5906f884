import MailOutlineIcon from '@mui/icons-material/MailOutlineOutlined';

import { EmailList } from './EmailList';
import { EmailShow } from './EmailShow';

export default {
  list: EmailList,
  show: EmailShow,
  icon: MailOutlineIcon,
  recordRepresentation: 'subject',
};
