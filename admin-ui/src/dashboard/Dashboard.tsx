import { usePermissions } from 'react-admin';

import { hasRole } from '../providers/permissions';
import { SpecialistHome } from './SpecialistHome';
import { SupervisorDashboard } from './SupervisorDashboard';

/** Supervisors get the charts and deadline lists; specialists their own queue counts. */
export const Dashboard = () => {
  const { permissions, isPending } = usePermissions();
  if (isPending) return null;
  return hasRole(permissions, 'supervisor') ? <SupervisorDashboard /> : <SpecialistHome />;
};
