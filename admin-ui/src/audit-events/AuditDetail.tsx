import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

import { useFieldPathLabel } from '../common/fieldPath';
import { formatDateTime } from '../common/format';
import { useRules } from '../submissions/review/useRules';

type Translate = ReturnType<typeof useTranslate>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Look-ups that turn user ids, rule ids and field paths into readable names, when the console has them. */
export interface DetailLookups {
  userName: (id: string) => string | undefined;
  ruleTitle: (id: string) => string | undefined;
  pathLabel: (path: string) => string;
}

const keyLabel = (translate: Translate, key: string) =>
  translate(`app.audit_detail.${key}`, { _: key });

const scalarText = (translate: Translate, lookups: DetailLookups, key: string, value: unknown): string => {
  if (value === null || value === undefined || value === '') return translate('app.audit_detail.none');
  if (typeof value === 'boolean') return translate(value ? 'app.audit_detail.yes' : 'app.audit_detail.no');
  const text = String(value);
  if ((key === 'from' || key === 'to') && lookups.userName(text)) return lookups.userName(text)!;
  if ((key === 'rules' || key === 'findings' || key === 'ruleId') && lookups.ruleTitle(text)) {
    return `${lookups.ruleTitle(text)} (${text})`;
  }
  if (key === 'path') return `${lookups.pathLabel(text)} (${text})`;
  if (key === 'source') return translate(`app.audit_detail.source_value.${text}`, { _: text });
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value);
  return text;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * One detail entry as "label: value". Lists of scalars are joined, objects
 * nest one level deeper as their own key: value lines, and a list of
 * objects (such as forward overrides) gives one indented block per item.
 */
const DetailEntry = ({
  name,
  value,
  lookups,
}: {
  name: string;
  value: unknown;
  lookups: DetailLookups;
}) => {
  const translate = useTranslate();
  const label = keyLabel(translate, name);
  let content: ReactNode;
  if (Array.isArray(value) && value.some(isPlainObject)) {
    content = value.map((item, index) => (
      <Box key={index} sx={{ pl: 1.5 }}>
        {isPlainObject(item) ? (
          <DetailEntries detail={item} lookups={lookups} inline />
        ) : (
          scalarText(translate, lookups, name, item)
        )}
      </Box>
    ));
  } else if (Array.isArray(value)) {
    content = value.length
      ? value.map((item) => scalarText(translate, lookups, name, item)).join(translate('app.audit_detail.list_separator'))
      : translate('app.audit_detail.none');
  } else if (isPlainObject(value)) {
    content = (
      <Box sx={{ pl: 1.5 }}>
        <DetailEntries detail={value} lookups={lookups} />
      </Box>
    );
  } else {
    content = scalarText(translate, lookups, name, value);
  }
  const block = isPlainObject(value) || (Array.isArray(value) && value.some(isPlainObject));
  return (
    <Box component={block ? 'div' : 'span'} sx={{ display: block ? 'block' : 'inline' }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {label}
        {translate('app.audit_detail.label_suffix')}
      </Box>
      {content}
    </Box>
  );
};

/** Every entry of an audit detail object, each on its own line, or separated by " · " when `inline`. */
const DetailEntries = ({
  detail,
  lookups,
  inline = false,
}: {
  detail: Record<string, unknown>;
  lookups: DetailLookups;
  inline?: boolean;
}) => (
  <>
    {Object.entries(detail).map(([name, value], index) => (
      <Box key={name} component={inline ? 'span' : 'div'}>
        {inline && index > 0 ? ' · ' : ''}
        <DetailEntry name={name} value={value} lookups={lookups} />
      </Box>
    ))}
  </>
);

/** Renders an audit event's `detail` as readable label: value lines instead of raw JSON. */
export const AuditDetail = ({
  detail,
  userName,
}: {
  detail?: Record<string, unknown> | null;
  userName: (id: string) => string | undefined;
}) => {
  const rules = useRules();
  const pathLabel = useFieldPathLabel();
  if (!detail || !Object.keys(detail).length) return null;
  const lookups: DetailLookups = {
    userName,
    ruleTitle: (id) => rules.get(id)?.title,
    pathLabel,
  };
  return (
    <Box sx={{ fontSize: 12, lineHeight: 1.5, wordBreak: 'break-word' }} data-testid="audit-detail">
      <DetailEntries detail={detail} lookups={lookups} />
    </Box>
  );
};
