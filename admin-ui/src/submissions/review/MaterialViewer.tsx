import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import CloseIcon from '@mui/icons-material/Close';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import {
  Box,
  Dialog,
  DialogContent,
  DialogTitle,
  IconButton,
  Tooltip,
  Typography,
} from '@mui/material';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslate } from 'react-admin';

import { formatByteCount, formatFileSize } from '../../common/format';
import type { Material } from '../../providers/types';
import { useLabel } from './useLabel';

const ZOOM_STEP = 0.25;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 5;

const ToolButton = ({
  label,
  onClick,
  children,
  disabled,
}: {
  label: string;
  onClick: () => void;
  children: React.ReactNode;
  disabled?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate(label)} describeChild>
      <span>
        <IconButton aria-label={translate(label)} onClick={onClick} disabled={disabled} size="small">
          {children}
        </IconButton>
      </span>
    </Tooltip>
  );
};

/**
 * Full-size document viewer: zoom, 90° rotation, reset, and the left/right
 * arrow keys to move between the documents of the gallery.
 */
export const MaterialViewer = ({
  materials,
  index,
  onIndexChange,
  onClose,
}: {
  materials: Material[];
  index: number | null;
  onIndexChange: (index: number) => void;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const label = useLabel();
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const material = index === null ? undefined : materials[index];

  useEffect(() => {
    setZoom(1);
    setRotation(0);
  }, [index]);

  if (index === null || !material) return null;

  const move = (delta: number) =>
    onIndexChange((index + delta + materials.length) % materials.length);
  const zoomBy = (delta: number) =>
    setZoom((value) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, value + delta)));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') move(1);
    else if (event.key === 'ArrowLeft') move(-1);
    else if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP);
    else if (event.key === '-') zoomBy(-ZOOM_STEP);
    else return;
    event.preventDefault();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth onKeyDown={onKeyDown}>
      <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="subtitle1" noWrap>
            {label('material_kind', material.kind)} · {material.fileName}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate('app.review.document_position', { index: index + 1, total: materials.length })}
            {' · '}
            {formatFileSize(material.size)}
            {translate('app.review.byte_count_suffix', { count: formatByteCount(material.size) })}
            {material.width && material.height
              ? ` · ${translate('app.review.dimensions', { width: material.width, height: material.height })}`
              : ''}
            {' · '}
            {translate('app.review.zoom_level', { percent: Math.round(zoom * 100) })}
          </Typography>
        </Box>
        <ToolButton label="app.action.previous_document" onClick={() => move(-1)}>
          <ChevronLeftIcon />
        </ToolButton>
        <ToolButton label="app.action.next_document" onClick={() => move(1)}>
          <ChevronRightIcon />
        </ToolButton>
        <ToolButton label="app.action.zoom_out" onClick={() => zoomBy(-ZOOM_STEP)} disabled={zoom <= MIN_ZOOM}>
          <ZoomOutIcon />
        </ToolButton>
        <ToolButton label="app.action.zoom_in" onClick={() => zoomBy(ZOOM_STEP)} disabled={zoom >= MAX_ZOOM}>
          <ZoomInIcon />
        </ToolButton>
        <ToolButton label="app.action.rotate" onClick={() => setRotation((value) => (value + 90) % 360)}>
          <RotateRightIcon />
        </ToolButton>
        <ToolButton
          label="app.action.reset_view"
          onClick={() => {
            setZoom(1);
            setRotation(0);
          }}
        >
          <RestartAltIcon />
        </ToolButton>
        <ToolButton label="ra.action.close" onClick={onClose}>
          <CloseIcon />
        </ToolButton>
      </DialogTitle>
      <DialogContent
        dividers
        sx={{
          height: '75vh',
          overflow: 'auto',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          bgcolor: 'action.hover',
        }}
      >
        <Box
          component="img"
          src={material.url}
          alt={material.fileName}
          data-testid="material-viewer-image"
          sx={{
            maxWidth: '100%',
            maxHeight: '100%',
            transform: `scale(${zoom}) rotate(${rotation}deg)`,
            transformOrigin: 'center center',
            transition: 'transform 0.15s',
          }}
        />
      </DialogContent>
    </Dialog>
  );
};
