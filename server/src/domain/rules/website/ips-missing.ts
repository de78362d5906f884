import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

export const websiteIpsMissing: Rule = {
  id: 'website.ips.missing',
  severity: 'error',
  title: '网站未填写 IP 地址',
  path: 'websites[i].ips',
  suggestion: '请填写网站所用服务器的 IP 地址（本接入商分配的地址）。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].ips`, (website, index) =>
      website.ips.some((ip) => !isBlank(ip)) ? null : `第${index + 1}个网站没有填写 IP 地址。`,
    );
  },
};
