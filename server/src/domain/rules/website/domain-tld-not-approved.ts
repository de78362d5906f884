import { displayDomain } from '../../normalise';
import type { Rule, RuleHit } from '../rule';
import { isValidHostName, topLevelDomain } from '../lib/host-name';

export const websiteDomainTldNotApproved: Rule = {
  id: 'website.domain.tld_not_approved',
  severity: 'error',
  title: '域名后缀不在工信部批准的顶级域名之列',
  path: 'websites[i].domains[j]',
  suggestion: '只有工信部批准的顶级域名（如 .cn、.com、.net、.中国）才能备案：请改用这类后缀的域名。',
  check(app, ctx) {
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      website.domains.forEach((domain, domainIndex) => {
        if (!isValidHostName(domain)) return;
        const tld = topLevelDomain(domain);
        if (ctx.reference.approvedTlds.has(tld)) return;
        hits.push({
          path: `websites[${index}].domains[${domainIndex}]`,
          message: `第${index + 1}个网站的域名“${displayDomain(domain)}”的后缀“.${displayDomain(tld)}”不在工信部批准的顶级域名之列。`,
        });
      });
    });
    return hits;
  },
};
