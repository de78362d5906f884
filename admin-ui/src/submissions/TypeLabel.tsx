import { useRecordContext, useTranslate } from 'react-admin';

export const TypeLabel = ({ type }: { type?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<{ type?: string }>();
  const value = type ?? record?.type;
  return value ? (
    <span style={{ whiteSpace: 'nowrap' }}>{translate(`app.type.${value}`, { _: value })}</span>
  ) : null;
};
