import { HttpError, type AuthProvider } from 'react-admin';

import { httpClient } from './http';
import { canRoleAccess } from './permissions';
import type { Identity } from './types';

const IDENTITY_KEY = 'icp-console.identity';

const storeIdentity = (identity: Identity | null) => {
  if (identity) sessionStorage.setItem(IDENTITY_KEY, JSON.stringify(identity));
  else sessionStorage.removeItem(IDENTITY_KEY);
};

const cachedIdentity = (): Identity | null => {
  const raw = sessionStorage.getItem(IDENTITY_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Identity;
  } catch {
    return null;
  }
};

let identityRequest: Promise<Identity> | null = null;

/** Fetches GET /api/auth/me once and shares the response between concurrent callers. */
const fetchIdentity = (): Promise<Identity> => {
  const cached = cachedIdentity();
  if (cached) return Promise.resolve(cached);
  identityRequest ??= httpClient('/api/auth/me')
    .then(({ json }) => {
      storeIdentity(json as Identity);
      return json as Identity;
    })
    .finally(() => {
      identityRequest = null;
    });
  return identityRequest;
};

export const authProvider: AuthProvider = {
  async login({ username, password }) {
    const { json } = await httpClient('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    storeIdentity(json as Identity);
  },

  async logout() {
    const hadSession = cachedIdentity() !== null;
    storeIdentity(null);
    if (!hadSession) return;
    try {
      await httpClient('/api/auth/logout', { method: 'POST' });
    } catch {
      // An expired session gets a 401 here, and the local state is cleared anyway.
    }
  },

  async checkAuth() {
    const hadSession = cachedIdentity() !== null;
    try {
      await fetchIdentity();
    } catch (error) {
      // A first visit has no session yet: go to the login page without an error
      // message (react-admin skips the notification when message is false).
      if ((error as HttpError).status === 401 && !hadSession) {
        throw { message: false };
      }
      throw error;
    }
  },

  async checkError(error) {
    const status = (error as HttpError | undefined)?.status;
    if (status === 401) {
      storeIdentity(null);
      throw new Error('ra.auth.auth_check_error');
    }
    // 403 keeps the session: the page shows the server's message instead.
  },

  async getIdentity() {
    const identity = await fetchIdentity();
    return {
      id: identity.id,
      fullName: identity.displayName || identity.username,
      username: identity.username,
      role: identity.role,
    };
  },

  async getPermissions() {
    const identity = await fetchIdentity();
    return identity.role;
  },

  async canAccess({ resource, action }) {
    const identity = await fetchIdentity().catch(() => null);
    if (!identity) return false;
    return canRoleAccess(identity.role, resource, action);
  },
};
