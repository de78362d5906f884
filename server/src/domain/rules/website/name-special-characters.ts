import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

const ALLOWED = /[\p{Script=Han}A-Za-z0-9 -]/u;

export const websiteNameSpecialCharacters: Rule = {
  id: 'website.name.special_characters',
  severity: 'warning',
  title: '网站名称包含特殊字符',
  path: 'websites[i].name',
  suggestion: '网站名称建议只使用汉字、英文字母、数字、空格和连字符“-”，去掉书名号、括号、标点等符号。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) => {
      if (isBlank(website.name)) return null;
      const special = Array.from(website.name).filter((character) => !ALLOWED.test(character));
      if (special.length === 0) return null;
      const listed = [...new Set(special)].join('');
      return `第${index + 1}个网站的名称包含特殊字符“${listed}”。`;
    });
  },
};
