import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

const ONLY_LATIN = /^[0-9A-Za-z\s\p{P}\p{S}]+$/u;
/** Letters, digits and hyphens with at least one dot, ending in a label of two or more letters. */
const DOMAIN_TOKEN = /(?<![A-Za-z0-9-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/;

export const websiteNameDomainOrLatin: Rule = {
  id: 'website.name.domain_or_latin',
  severity: 'error',
  title: '网站名称为纯字母数字或包含域名',
  path: 'websites[i].name',
  suggestion: '网站名称须使用中文，不能只由字母、数字和符号组成，也不能包含域名或网址。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) => {
      const { name } = website;
      if (isBlank(name)) return null;
      if (ONLY_LATIN.test(name)) {
        return `第${index + 1}个网站的名称“${name}”只由字母、数字和符号组成。`;
      }
      const token = DOMAIN_TOKEN.exec(name);
      if (token) return `第${index + 1}个网站的名称“${name}”包含域名“${token[0]}”。`;
      return null;
    });
  },
};
