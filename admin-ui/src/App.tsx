import { Admin, Resource } from 'react-admin';

import auditEvents from './audit-events';
import { Dashboard } from './dashboard/Dashboard';
import emails from './emails';
import filings from './filings';
import { i18nProvider } from './i18n';
import intakeKeys from './intake-keys';
import { Layout } from './layout/Layout';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import reasonTemplates from './reason-templates';
import referenceData from './reference-data';
import submissions from './submissions';
import { darkTheme, lightTheme } from './theme';
import users from './users';

export const App = () => (
  <Admin
    title="ICP 备案审核台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    disableTelemetry
    requireAuth
  >
    <Resource name="submissions" {...submissions} />
    <Resource name="comments" />
    <Resource name="filings" {...filings} />
    <Resource name="emails" {...emails} />
    <Resource name="reason-templates" {...reasonTemplates} />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="reference-data" {...referenceData} />
    <Resource name="users" {...users} />
    <Resource name="intake-keys" {...intakeKeys} />
  </Admin>
);
