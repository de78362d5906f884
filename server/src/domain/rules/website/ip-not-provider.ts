import type { Rule, RuleHit } from '../rule';
import { isBlank } from '../lib/application-parts';
import { isInRanges, parseIpAddress } from '../lib/ip-ranges';

export const websiteIpNotProvider: Rule = {
  id: 'website.ip.not_provider',
  severity: 'error',
  title: 'IP 地址不属于本接入商',
  path: 'websites[i].ips[j]',
  suggestion: '只能为使用本接入商服务器的网站办理备案：请填写本接入商为您分配的服务器 IP 地址。',
  check(app, ctx) {
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      website.ips.forEach((ip, ipIndex) => {
        if (isBlank(ip)) return;
        const address = parseIpAddress(ip);
        if (!address || isInRanges(address, ctx.reference.providerIpRanges)) return;
        hits.push({
          path: `websites[${index}].ips[${ipIndex}]`,
          message: `第${index + 1}个网站的 IP 地址“${ip}”不在本接入商的地址段内。`,
        });
      });
    });
    return hits;
  },
};
