import { displayDomain } from '../../normalise';
import type { Rule, RuleHit } from '../rule';
import { isBlank } from '../lib/application-parts';

export const websiteDomainDuplicate: Rule = {
  id: 'website.domain.duplicate',
  severity: 'error',
  title: '域名重复',
  path: 'websites[i].domains[j]',
  suggestion: '同一域名只能属于一个网站，也不能同时出现在另一个进行中的备案申请里：请删除重复的网站，或等待另一申请办结。',
  check(app, ctx) {
    const websitesByDomain = new Map<string, Set<number>>();
    app.websites.forEach((website, index) => {
      for (const domain of website.domains) {
        if (isBlank(domain)) continue;
        const holders = websitesByDomain.get(domain) ?? new Set<number>();
        holders.add(index);
        websitesByDomain.set(domain, holders);
      }
    });

    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      website.domains.forEach((domain, domainIndex) => {
        if (isBlank(domain)) return;
        const path = `websites[${index}].domains[${domainIndex}]`;
        const shown = displayDomain(domain);
        if ((websitesByDomain.get(domain)?.size ?? 0) > 1) {
          hits.push({ path, message: `域名“${shown}”在本申请的多个网站中重复出现。` });
        } else if ((ctx.others.openByDomain.get(domain)?.length ?? 0) > 0) {
          hits.push({ path, message: `域名“${shown}”已在另一个进行中的备案申请中。` });
        }
      });
    });
    return hits;
  },
};
