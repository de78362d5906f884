import ErrorIcon from '@mui/icons-material/Error';
import { Box, ButtonBase, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';

import { formatByteCount, formatFileSize } from '../../common/format';
import type { Application, Material } from '../../providers/types';
import { PathMark } from './FieldRow';
import { isAllowedImage, isOversized } from './materialChecks';
import { MaterialViewer } from './MaterialViewer';
import { Section } from './Section';
import { useLabel } from './useLabel';

interface Group {
  key: string;
  title: string;
  materials: Material[];
}

const Thumbnail = ({
  material,
  path,
  onOpen,
}: {
  material: Material;
  path: string;
  onOpen: () => void;
}) => {
  const translate = useTranslate();
  const label = useLabel();
  const tooLarge = isOversized(material);
  const notImage = !isAllowedImage(material);
  const flagged = tooLarge || notImage;

  return (
    <PathMark path={path}>
      <ButtonBase
        onClick={onOpen}
        data-testid="material-thumbnail"
        sx={{
          width: 150,
          display: 'block',
          textAlign: 'left',
          border: '2px solid',
          borderColor: flagged ? 'error.main' : 'divider',
          borderRadius: 1,
          overflow: 'hidden',
        }}
      >
        <Box
          sx={{
            height: 100,
            bgcolor: 'action.hover',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            position: 'relative',
          }}
        >
          {notImage ? (
            <Typography variant="caption" color="error.main">
              {material.sniffedType ?? material.contentType}
            </Typography>
          ) : (
            <Box
              component="img"
              src={material.url}
              alt={material.fileName}
              loading="lazy"
              sx={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }}
            />
          )}
          {flagged && (
            <ErrorIcon color="error" sx={{ position: 'absolute', top: 4, right: 4 }} />
          )}
        </Box>
        <Box sx={{ p: 0.75 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
            {label('material_kind', material.kind)}
          </Typography>
          <Typography variant="caption" component="div" noWrap title={material.fileName}>
            {material.fileName}
          </Typography>
          <Typography
            variant="caption"
            component="div"
            color={tooLarge ? 'error.main' : 'text.secondary'}
            title={translate('app.review.byte_count', { count: formatByteCount(material.size) })}
          >
            {formatFileSize(material.size)}
            {material.width && material.height
              ? ` · ${translate('app.review.dimensions', { width: material.width, height: material.height })}`
              : ''}
          </Typography>
          {flagged && (
            <Typography variant="caption" component="div" color="error.main">
              {[tooLarge && translate('app.review.too_large'), notImage && translate('app.review.not_image')]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          )}
        </Box>
      </ButtonBase>
    </PathMark>
  );
};

/** Documents grouped by website (entity documents first), opening a viewer on click. */
export const MaterialGallery = ({
  materials,
  application,
}: {
  materials: Material[];
  application?: Application;
}) => {
  const translate = useTranslate();
  const [openIndex, setOpenIndex] = useState<number | null>(null);

  // Findings point at materials[k], the index in the application as submitted.
  const pathOf = (material: Material) => {
    const k = application?.materials?.findIndex((item) => item.id === material.materialId) ?? -1;
    return k >= 0 ? `materials[${k}]` : `materials.${material.materialId}`;
  };

  const groups = useMemo<Group[]>(() => {
    const byKey = new Map<string, Group>();
    for (const material of materials) {
      const website = material.website;
      const key = website === null || website === undefined ? 'entity' : `w${website}`;
      if (!byKey.has(key)) {
        byKey.set(key, {
          key,
          title:
            key === 'entity'
              ? translate('app.review.application_materials')
              : `${translate('app.review.website_index', { index: (website ?? 0) + 1 })} ${application?.websites?.[website ?? 0]?.name ?? ''}`,
          materials: [],
        });
      }
      byKey.get(key)!.materials.push(material);
    }
    return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  }, [materials, application, translate]);

  // The viewer moves through the documents in the order they are displayed.
  const ordered = groups.flatMap((group) => group.materials);

  return (
    <Section path="materials" title={translate('app.review.sections.materials')}>
      {!materials.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.review.no_materials')}
        </Typography>
      )}
      {groups.map((group) => (
        <Box key={group.key} sx={{ mb: 1 }}>
          <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 0.5 }}>
            {group.title}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            {group.materials.map((material) => (
              <Thumbnail
                key={material.id}
                material={material}
                path={pathOf(material)}
                onOpen={() => setOpenIndex(ordered.indexOf(material))}
              />
            ))}
          </Box>
        </Box>
      ))}
      <MaterialViewer
        materials={ordered}
        index={openIndex}
        onIndexChange={setOpenIndex}
        onClose={() => setOpenIndex(null)}
      />
    </Section>
  );
};
