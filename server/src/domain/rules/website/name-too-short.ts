import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { countHanCharacters } from '../lib/text';
import { checkEachWebsite } from '../lib/website-rules';

const MINIMUM_HAN_CHARACTERS = 3;

export const websiteNameTooShort: Rule = {
  id: 'website.name.too_short',
  severity: 'error',
  title: '网站名称少于 3 个汉字',
  path: 'websites[i].name',
  suggestion: '网站名称至少需要 3 个汉字，例如在名称后加上体现网站内容的词语。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) => {
      if (isBlank(website.name)) return null;
      if (countHanCharacters(website.name) >= MINIMUM_HAN_CHARACTERS) return null;
      return `第${index + 1}个网站的名称“${website.name}”少于 3 个汉字。`;
    });
  },
};
