import polyglotI18nProvider from 'ra-i18n-polyglot';

import { englishConsoleMessages } from './en';
import { chineseMessages } from './zh';

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? englishConsoleMessages : chineseMessages),
  'zh',
  [
    { locale: 'zh', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
);
