import { Box, Tooltip } from '@mui/material';
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Readable labels for the field paths that rules, reasons and comments use,
 * such as `websites[1].principal.mobile` → "网站2 负责人 手机号码". The words
 * are the i18n keys `app.field_path.<key>`, the same vocabulary as the
 * server's labels in customer emails (server/src/domain/emails/field-label.ts).
 */

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Objects whose `name` is a person's name (姓名) rather than a title (名称). */
const PEOPLE = new Set(['principal', 'legalPerson', 'applicant']);

const SEGMENT_PATTERN = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/;

const labelSegment = (translate: Translate, segment: string, parentKey: string | null) => {
  const match = SEGMENT_PATTERN.exec(segment);
  if (!match) return segment;
  const [, key, indexText] = match;
  let label: string;
  if (key === 'name') {
    label = translate(
      parentKey !== null && PEOPLE.has(parentKey) ? 'app.field_path.person_name' : 'app.field_path.title_name',
    );
  } else {
    label = translate(`app.field_path.${key}`, { _: key });
  }
  const indexes = [...indexText.matchAll(/\[(\d+)\]/g)].map((found) => Number(found[1]) + 1);
  return indexes.length
    ? translate('app.field_path.numbered', { label, index: indexes.join('-') })
    : label;
};

/**
 * Turns a field path into words separated by spaces, numbering list items
 * from 1. A segment without a known label is kept as written, so the result
 * is never empty for a non-empty path.
 */
export const fieldPathLabel = (translate: Translate, path: string): string => {
  const segments = path.trim().split('.').filter(Boolean);
  let parentKey: string | null = null;
  const labels: string[] = [];
  for (const segment of segments) {
    labels.push(labelSegment(translate, segment, parentKey));
    parentKey = SEGMENT_PATTERN.exec(segment)?.[1] ?? null;
  }
  return labels.join(' ');
};

/** fieldPathLabel bound to the console's current language. */
export const useFieldPathLabel = () => {
  const translate = useTranslate();
  return useCallback((path: string) => fieldPathLabel(translate, path), [translate]);
};

/**
 * Renders a field path as its readable label followed by the raw path in
 * small monospace, which specialists copy into reasons and comments. The
 * tooltip repeats the raw path for narrow places that hide it (`hidePath`).
 */
export const PathLabel = ({ path, hidePath = false }: { path: string; hidePath?: boolean }) => {
  const label = useFieldPathLabel()(path);
  return (
    <Tooltip title={path}>
      <Box component="span" data-field-path={path}>
        {label}
        {!hidePath && label !== path && (
          <Box
            component="span"
            sx={{ fontFamily: 'monospace', fontSize: '0.85em', opacity: 0.7, ml: 0.5 }}
          >
            {path}
          </Box>
        )}
      </Box>
    </Tooltip>
  );
};
