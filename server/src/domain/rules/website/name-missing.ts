import type { Rule } from '../rule';
import { isBlank, websiteLabel } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

export const websiteNameMissing: Rule = {
  id: 'website.name.missing',
  severity: 'error',
  title: '网站名称未填写',
  path: 'websites[i].name',
  suggestion: '请填写网站名称：至少 3 个汉字，能体现网站内容，并与主办单位名称相关。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].name`, (website, index) =>
      isBlank(website.name) ? `${websiteLabel(website, index)}的名称为空。` : null,
    );
  },
};
