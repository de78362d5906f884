import type { Material } from '../../application';
import type { RuleContext } from '../types';

export const MAX_MATERIAL_BYTES = 204_800;

const ALLOWED_SNIFFED_TYPES = new Set(['image/jpeg', 'image/png']);
const ALLOWED_DECLARED_TYPES = new Set(['image/jpeg', 'image/jpg', 'image/png']);

/** Returns the material's size: the uploaded file's real size when there is one, else the declared size. */
export function materialSize(material: Material, ctx: RuleContext): number {
  return ctx.files.get(material.id)?.size ?? material.size;
}

/**
 * Returns true for a JPEG or PNG image: judged by the uploaded file's first
 * bytes when there is one, else (in a dry run) by the declared content type,
 * in any case and without parameters.
 */
export function isAllowedImage(material: Material, ctx: RuleContext): boolean {
  const facts = ctx.files.get(material.id);
  if (facts) return facts.sniffedType !== null && ALLOWED_SNIFFED_TYPES.has(facts.sniffedType);
  const declared = material.contentType.split(';')[0].trim().toLowerCase();
  return ALLOWED_DECLARED_TYPES.has(declared);
}

export function describeMaterial(material: Material, index: number): string {
  return `第${index + 1}份材料“${material.fileName}”`;
}
