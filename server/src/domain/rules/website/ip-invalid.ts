import type { Rule, RuleHit } from '../rule';
import { isBlank } from '../lib/application-parts';
import { parseIpAddress } from '../lib/ip-ranges';

export const websiteIpInvalid: Rule = {
  id: 'website.ip.invalid',
  severity: 'error',
  title: 'IP 地址格式不正确',
  path: 'websites[i].ips[j]',
  suggestion: '请填写正确的 IPv4 地址（如 203.0.113.10）或 IPv6 地址。',
  check(app) {
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      website.ips.forEach((ip, ipIndex) => {
        if (isBlank(ip) || parseIpAddress(ip)) return;
        hits.push({
          path: `websites[${index}].ips[${ipIndex}]`,
          message: `第${index + 1}个网站的 IP 地址“${ip}”不是有效的 IPv4 或 IPv6 地址。`,
        });
      });
    });
    return hits;
  },
};
