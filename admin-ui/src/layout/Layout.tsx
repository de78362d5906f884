import type { ReactNode } from 'react';
import {
  AppBar,
  LoadingIndicator,
  Layout as RaLayout,
  ToggleThemeButton,
} from 'react-admin';

import { LocaleMenuButton } from './LocaleMenuButton';
import { Menu } from './Menu';

// The app bar stays visible so that the sticky application header below it
// never slides under the page top. The toolbar is react-admin's default one
// with a language button that has an accessible name.
const FixedAppBar = () => (
  <AppBar
    alwaysOn
    toolbar={
      <>
        <LocaleMenuButton />
        <ToggleThemeButton />
        <LoadingIndicator />
      </>
    }
  />
);

// react-admin sizes the layout to fit its content (min-width: fit-content). Here the
// layout keeps the window's width and the content column may shrink below its
// widest table, so that a wide table scrolls inside its own wrapper instead.
const contentSx = { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } };

// react-admin passes appBarAlwaysOn to the sidebar too. Without it the sidebar
// moves up by the app bar's height on scroll and slides under the app bar.
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={Menu} appBar={FixedAppBar} appBarAlwaysOn sx={contentSx}>
    {children}
  </RaLayout>
);
