import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';

import { httpClient, postForm, postJson } from './http';
import type {
  DashboardData,
  MiitImportReport,
  Rule,
  Submission,
} from './types';

export const API_URL = '/api';

/** Route segment of each submission action, as the API names it. */
const ACTION_ROUTES = {
  claim: 'claim',
  release: 'release',
  assign: 'assign',
  reject: 'reject',
  forward: 'forward',
  miit_event: 'miit-events',
  site_check: 'site-check',
  rerun_checks: 'rerun-checks',
  reforward: 'reforward',
  withdraw: 'withdraw',
} as const;

export type ActionRoute = keyof typeof ACTION_ROUTES;

export interface ConsoleDataProvider extends DataProvider {
  submissionAction: (
    id: string,
    action: ActionRoute,
    body: Record<string, unknown>,
  ) => Promise<Submission>;
  claimNextSubmission: () => Promise<Submission>;
  importMiitEvents: (file: File) => Promise<MiitImportReport>;
  getDashboard: () => Promise<DashboardData>;
  getRules: () => Promise<Rule[]>;
  resendEmail: (id: string) => Promise<unknown>;
}

const getJson = async <T>(url: string): Promise<T> => {
  const { json } = await httpClient(url);
  return json as T;
};

const restProvider = simpleRestProvider(API_URL, httpClient);

export const dataProvider: ConsoleDataProvider = {
  ...restProvider,
  submissionAction: (id, action, body) =>
    postJson<Submission>(
      `${API_URL}/submissions/${encodeURIComponent(id)}/${ACTION_ROUTES[action]}`,
      body,
    ),
  claimNextSubmission: () => postJson<Submission>(`${API_URL}/submissions/next`),
  importMiitEvents: (file) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return postForm<MiitImportReport>(`${API_URL}/miit-events/import`, form);
  },
  getDashboard: () => getJson<DashboardData>(`${API_URL}/dashboard`),
  getRules: () => getJson<Rule[]>(`${API_URL}/rules`),
  resendEmail: (id) =>
    postJson(`${API_URL}/emails/${encodeURIComponent(id)}/resend`),
};
