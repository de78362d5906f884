import { Divider } from '@mui/material';
import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';

const RESOURCES_FOR_STAFF = ['submissions', 'filings', 'emails', 'reason-templates'];
const RESOURCES_FOR_SUPERVISORS = ['audit-events', 'reference-data'];

/** Sidebar: the queue first, then the supervisor and admin screens they may open. */
export const Menu = () => {
  const translate = useTranslate();
  const { canAccess: canAdminister } = useCanAccess({
    resource: 'users.menu',
    action: 'list',
  });
  const { canAccess: canAudit } = useCanAccess({
    resource: 'audit-events',
    action: 'list',
  });

  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {RESOURCES_FOR_STAFF.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
      {canAudit &&
        RESOURCES_FOR_SUPERVISORS.map((name) => (
          <RaMenu.ResourceItem key={name} name={name} />
        ))}
      {canAdminister && <Divider aria-label={translate('app.menu.admin')} />}
      {canAdminister && <RaMenu.ResourceItem name="users" />}
      {canAdminister && <RaMenu.ResourceItem name="intake-keys" />}
    </RaMenu>
  );
};
