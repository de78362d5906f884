import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

export const websiteNameForbiddenWord: Rule = {
  id: 'website.name.forbidden_word',
  severity: 'error',
  title: '网站名称含有禁用词',
  path: 'websites[i].name',
  suggestion: '请修改网站名称，去掉禁用词。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) => {
      if (isBlank(website.name)) return null;
      const words = ctx.reference.forbiddenWords.filter((word) => website.name.includes(word));
      if (words.length === 0) return null;
      return `第${index + 1}个网站的名称含有禁用词“${words.join('”“')}”。`;
    });
  },
};
