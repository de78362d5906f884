import { useRecordContext, useTranslate } from 'react-admin';

/** Renders the application type's label. With `wrap`, it may break over lines in narrow table columns. */
export const TypeLabel = ({ type, wrap = false }: { type?: string; wrap?: boolean }) => {
  const translate = useTranslate();
  const record = useRecordContext<{ type?: string }>();
  const value = type ?? record?.type;
  return value ? (
    <span style={{ whiteSpace: wrap ? 'normal' : 'nowrap' }}>{translate(`app.type.${value}`, { _: value })}</span>
  ) : null;
};
