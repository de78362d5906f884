import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

export const websiteNameReservedWord: Rule = {
  id: 'website.name.reserved_word',
  severity: 'error',
  title: '网站名称使用了主办单位名称中没有的保留词',
  path: 'websites[i].name',
  suggestion: '“中国”“中华”“全国”“国家”等词只能在主办单位名称含有该词时使用：请从网站名称中删去。',
  check(app, ctx) {
    const entityName = app.entity.name;
    if (isBlank(entityName)) return [];
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) => {
      if (isBlank(website.name)) return null;
      const words = ctx.reference.reservedWords.filter(
        (word) => website.name.includes(word) && !entityName.includes(word),
      );
      if (words.length === 0) return null;
      return `第${index + 1}个网站的名称含有“${words.join('”“')}”，而主办单位名称中没有。`;
    });
  },
};
