import { Autocomplete, Box, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';

import { useFieldPathLabel } from '../../common/fieldPath';

/** Parts of the application that are bookkeeping, not something a customer fixes. */
const SKIPPED_KEYS = new Set(['externalId', 'submittedAt', 'type']);

/**
 * Lists the field paths of an application in the findings' notation, parents
 * before their fields: `entity`, `entity.name`, `websites[0]`,
 * `websites[0].domains[0]`, and so on.
 */
export const listFieldPaths = (application: unknown): string[] => {
  const paths: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const itemPath = `${path}[${index}]`;
        paths.push(itemPath);
        walk(item, itemPath);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (!path && SKIPPED_KEYS.has(key)) continue;
        const childPath = path ? `${path}.${key}` : key;
        if (!Array.isArray(child)) paths.push(childPath);
        walk(child, childPath);
      }
    }
  };
  walk(application, '');
  return paths;
};

/**
 * Chooses the field a reason or comment is about, from the fields of the
 * application and the paths of its findings, or none for the whole application.
 * Typing filters by the Chinese label or the path.
 */
export const FieldPathPicker = ({
  value,
  onChange,
  application,
  extraPaths = [],
  error,
  label,
}: {
  value: string;
  onChange: (path: string) => void;
  application: unknown;
  /** Paths to offer besides the application's own, such as those of findings on missing fields. */
  extraPaths?: string[];
  /** The server's message for this path, shown under the input in place of the path. */
  error?: string;
  label: string;
}) => {
  const translate = useTranslate();
  const pathLabel = useFieldPathLabel();
  const options = useMemo(() => {
    const paths = listFieldPaths(application);
    const known = new Set(paths);
    const extras = [...extraPaths, value].filter((path) => path && !known.has(path));
    return ['', ...new Set(extras), ...paths];
  }, [application, extraPaths, value]);
  const optionLabel = (path: string) => (path ? pathLabel(path) : translate('app.review.application_level'));

  return (
    <Autocomplete
      size="small"
      options={options}
      value={value}
      disableClearable
      onChange={(_, path) => onChange(path ?? '')}
      getOptionLabel={optionLabel}
      filterOptions={(paths, { inputValue }) => {
        const query = inputValue.trim().toLowerCase();
        if (!query) return paths;
        return paths.filter((path) => path.toLowerCase().includes(query) || optionLabel(path).includes(query));
      }}
      renderOption={({ key, ...props }, path) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1, justifyContent: 'space-between' }}>
          <span>{optionLabel(path)}</span>
          <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12, color: 'text.secondary' }}>
            {path}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={!!error}
          helperText={error ?? (value ? value : undefined)}
          slotProps={{ ...params.slotProps, formHelperText: { sx: { fontFamily: error ? undefined : 'monospace' } } }}
        />
      )}
      sx={{ flex: 1 }}
    />
  );
};
