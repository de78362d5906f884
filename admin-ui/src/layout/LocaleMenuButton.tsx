import LanguageIcon from '@mui/icons-material/Translate';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useLocales, useLocaleState, useTranslate } from 'react-admin';

const MENU_ID = 'locale-menu';

/**
 * Language selector for the app bar. It replaces react-admin's
 * LocalesMenuButton, whose button has an empty aria-label, so that screen
 * readers announce what the button changes and the current language.
 */
export const LocaleMenuButton = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = locales.find((option) => option.locale === locale)?.name ?? locale;

  const choose = (next: string) => () => {
    setLocale(next);
    setAnchor(null);
  };

  if (locales.length < 2) return null;
  return (
    <>
      <Button
        color="inherit"
        aria-label={translate('app.language_menu', { language: current })}
        aria-controls={anchor ? MENU_ID : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-haspopup="menu"
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        startIcon={<LanguageIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
      >
        {current}
      </Button>
      <Menu id={MENU_ID} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {locales.map((option) => (
          <MenuItem
            key={option.locale}
            lang={option.locale}
            selected={option.locale === locale}
            onClick={choose(option.locale)}
          >
            {option.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
