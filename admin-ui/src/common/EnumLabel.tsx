import { useTranslate } from 'react-admin';

/** Translates an enum value through `app.<group>.<value>`, falling back to the value. */
export const EnumLabel = ({ group, value }: { group: string; value?: string | null }) => {
  const translate = useTranslate();
  return value ? <>{translate(`app.${group}.${value}`, { _: value })}</> : null;
};
