import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout } from 'react-admin';

import { Menu } from './Menu';

// The app bar stays visible so that the sticky application header below it
// never slides under the page top.
const FixedAppBar = () => <AppBar alwaysOn />;

// react-admin sizes the layout to fit its content (min-width: fit-content). Here the
// layout keeps the window's width and the content column may shrink below its
// widest table, so that a wide table scrolls inside its own wrapper instead.
const contentSx = { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } };

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={FixedAppBar} sx={contentSx}>
    {children}
  </RaLayout>
);
