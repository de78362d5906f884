import type { Entity } from '../../application';
import { readRegionPrefix } from './region-reader';

/** Sorted longest first, because only the longest form that ends the name is removed, and only once. */
const ORGANISATION_FORMS = [
  '集团股份有限公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '研究院',
  '研究所',
  '集团',
  '公司',
  '协会',
  '学会',
  '中心',
  '厂',
  '店',
];

/** Removed repeatedly from the end after the organisation form. */
const INDUSTRY_WORDS = ['科技', '技术', '信息', '网络', '发展', '实业'];

/**
 * Returns the distinctive part of an entity name: without the region names
 * at its start (read as for the mailing address), without the longest
 * organisation form at its end, and then without trailing industry words.
 * 厦门溪岚茶业有限公司 → 溪岚茶业.
 */
export function distinctiveEntityName(entity: Entity): string {
  let rest = entity.name.slice(readRegionPrefix(entity.name, entity.region).end);
  const form = ORGANISATION_FORMS.find((candidate) => rest.endsWith(candidate));
  if (form) rest = rest.slice(0, -form.length);
  for (;;) {
    const word = INDUSTRY_WORDS.find((candidate) => rest.endsWith(candidate));
    if (!word) return rest;
    rest = rest.slice(0, -word.length);
  }
}
