import {
  defaultDarkTheme,
  defaultLightTheme,
  type RaThemeOptions,
} from 'react-admin';

// System fonts only: the console must not load fonts from an outside host.
const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"WenQuanYi Micro Hei"',
  '"Noto Sans CJK SC"',
  'sans-serif',
].join(',');

const shared: RaThemeOptions = {
  typography: { fontFamily, fontSize: 13 },
  sidebar: { width: 200, closedWidth: 50 },
  components: {
    MuiTableCell: {
      styleOverrides: { sizeSmall: { padding: '4px 8px' } },
    },
  },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  ...shared,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1d5fa8' },
    secondary: { main: '#1d5fa8' },
    background: { default: '#f4f6f8' },
  },
  components: { ...defaultLightTheme.components, ...shared.components },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  ...shared,
  palette: {
    ...defaultDarkTheme.palette,
    primary: { main: '#7fb2ec' },
    secondary: { main: '#7fb2ec' },
  },
  components: { ...defaultDarkTheme.components, ...shared.components },
};
