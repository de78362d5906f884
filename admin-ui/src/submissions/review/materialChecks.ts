import type { Material } from '../../providers/types';

/** Upload limit per image, 200 KB of 1024 bytes (domain rule materials.too_large). */
export const MAX_MATERIAL_BYTES = 204_800;

const IMAGE_TYPES = new Set(['image/jpeg', 'image/jpg', 'image/png']);

/** Tells whether the stored bytes are a JPEG or PNG, trusting the sniffed type over the declared one. */
export const isAllowedImage = (material: Material) => {
  const type = (material.sniffedType ?? material.contentType ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  return IMAGE_TYPES.has(type);
};

export const isOversized = (material: Material) => material.size > MAX_MATERIAL_BYTES;
