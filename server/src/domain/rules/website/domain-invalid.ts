import { displayDomain } from '../../normalise';
import type { Rule, RuleHit } from '../rule';
import { isBlank } from '../lib/application-parts';
import { isValidHostName } from '../lib/host-name';

export const websiteDomainInvalid: Rule = {
  id: 'website.domain.invalid',
  severity: 'error',
  title: '域名格式不正确',
  path: 'websites[i].domains[j]',
  suggestion: '请只填写域名本身（如 example.cn），不含 http://、路径或端口；域名只能包含字母、数字和连字符，各级之间用点分隔。',
  check(app) {
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      website.domains.forEach((domain, domainIndex) => {
        if (isBlank(domain) || isValidHostName(domain)) return;
        hits.push({
          path: `websites[${index}].domains[${domainIndex}]`,
          message: `第${index + 1}个网站的域名“${displayDomain(domain)}”不是有效的域名。`,
        });
      });
    });
    return hits;
  },
};
