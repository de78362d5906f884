import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

export const websiteNamePersonalRestrictedWord: Rule = {
  id: 'website.name.personal_restricted_word',
  severity: 'error',
  title: '个人网站名称使用了单位或公共职能类词语',
  path: 'websites[i].name',
  suggestion: '个人网站名称不能使用“论坛”“社区”“平台”“官网”“公司”等单位或公共职能类词语：请改用体现个人内容的名称，例如“张三的读书笔记”。',
  check(app, ctx) {
    if (app.entity.nature !== 'individual') return [];
    const province = app.entity.region.province.slice(0, 2);
    const words = [
      ...ctx.reference.personalRestrictedWords,
      ...(ctx.reference.personalRestrictedWordsByProvince?.get(province) ?? []),
    ];
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) => {
      if (isBlank(website.name)) return null;
      const found = [...new Set(words.filter((word) => website.name.includes(word)))];
      if (found.length === 0) return null;
      return `个人备案的第${index + 1}个网站名称含有“${found.join('”“')}”。`;
    });
  },
};
