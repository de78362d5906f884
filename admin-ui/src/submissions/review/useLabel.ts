import { useTranslate } from 'react-admin';

/** Translates an enum value through `app.<group>.<value>`, falling back to the raw value. */
export const useLabel = () => {
  const translate = useTranslate();
  return (group: string, value?: string | null) =>
    value ? translate(`app.${group}.${value}`, { _: value }) : '';
};
