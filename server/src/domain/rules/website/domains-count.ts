import type { Rule } from '../rule';
import { checkEachWebsite } from '../lib/website-rules';

export const websiteDomainsCount: Rule = {
  id: 'website.domains.count',
  severity: 'error',
  title: '每个网站须填写且只填写一个域名',
  path: 'websites[i].domains',
  suggestion: '一个网站只能对应一个域名：如有多个域名，请为每个域名分别添加一个网站。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].domains`, (website, index) =>
      website.domains.length === 1
        ? null
        : `第${index + 1}个网站填写了 ${website.domains.length} 个域名，应恰好填写 1 个。`,
    );
  },
};
