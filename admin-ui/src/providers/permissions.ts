import type { Role } from './types';

const ROLE_RANK: Record<Role, number> = {
  specialist: 1,
  supervisor: 2,
  admin: 3,
};

/** Tells whether `role` includes the rights of `required` (admin ⊃ supervisor ⊃ specialist). */
export const hasRole = (role: unknown, required: Role): boolean =>
  typeof role === 'string' &&
  role in ROLE_RANK &&
  ROLE_RANK[role as Role] >= ROLE_RANK[required];

type ActionRoles = Partial<Record<string, Role>> & { '*': Role };

/**
 * Minimum role per resource and react-admin action ('list', 'show', 'create',
 * 'edit', 'delete', 'export'). '*' covers the actions not listed. The server
 * checks the roles itself, so this table only hides what would get a 403.
 */
const ACCESS: Record<string, ActionRoles> = {
  submissions: { '*': 'specialist' },
  comments: { '*': 'specialist' },
  filings: { list: 'specialist', '*': 'admin' },
  emails: { '*': 'specialist', resend: 'supervisor' },
  'reason-templates': {
    '*': 'supervisor',
    list: 'specialist',
    show: 'specialist',
  },
  users: { '*': 'admin', list: 'specialist' },
  'users.menu': { '*': 'admin' },
  'audit-events': { '*': 'supervisor' },
  'intake-keys': { '*': 'admin' },
  'reference-data': { '*': 'admin', list: 'supervisor', show: 'supervisor' },
  dashboard: { '*': 'specialist', supervisor: 'supervisor' },
  'miit-events': { '*': 'supervisor' },
};

export const canRoleAccess = (
  role: unknown,
  resource: string,
  action: string,
): boolean => {
  const rules = ACCESS[resource];
  if (!rules) return hasRole(role, 'admin');
  return hasRole(role, rules[action] ?? rules['*']);
};
