import type { Rule } from '../rule';
import { isBlank, isUnit } from '../lib/application-parts';
import { distinctiveEntityName } from '../lib/entity-name';
import { characterPairs } from '../lib/text';
import { checkEachWebsite } from '../lib/website-rules';

const MINIMUM_DISTINCTIVE_LENGTH = 2;

export const websiteNameUnrelatedToEntity: Rule = {
  id: 'website.name.unrelated_to_entity',
  severity: 'warning',
  title: '单位网站名称与主办单位名称无关',
  path: 'websites[i].name',
  suggestion: '单位网站的名称应与主办单位名称相关，例如包含单位名称中的字号：请修改网站名称，或说明二者的关联。',
  check(app, ctx) {
    const { entity } = app;
    if (!isUnit(entity) || isBlank(entity.name)) return [];
    const distinctive = distinctiveEntityName(entity);
    if (Array.from(distinctive).length < MINIMUM_DISTINCTIVE_LENGTH) return [];
    const pairs = characterPairs(distinctive);

    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) => {
      if (isBlank(website.name)) return null;
      if (pairs.some((pair) => website.name.includes(pair))) return null;
      return `第${index + 1}个网站的名称“${website.name}”与主办单位名称中的“${distinctive}”没有两个连续相同的字。`;
    });
  },
};
