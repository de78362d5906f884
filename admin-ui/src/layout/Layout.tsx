import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout } from 'react-admin';

import { Menu } from './Menu';

// The app bar stays visible so that the sticky application header below it
// never slides under the page top.
const FixedAppBar = () => <AppBar alwaysOn />;

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={FixedAppBar}>
    {children}
  </RaLayout>
);
