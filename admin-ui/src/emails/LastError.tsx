import { useLocaleState } from 'react-admin';

import { translateServerMessage } from '../common/fieldErrors';

/**
 * Renders an email's last error: the mail server's own words as received, or
 * the console's note on a cancelled email, translated like server messages.
 */
export const LastError = ({ text }: { text?: string | null }) => {
  const [locale] = useLocaleState();
  if (!text) return null;
  return <span>{translateServerMessage(text, locale)}</span>;
};
