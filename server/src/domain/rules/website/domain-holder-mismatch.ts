import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

export const websiteDomainHolderMismatch: Rule = {
  id: 'website.domain.holder_mismatch',
  severity: 'error',
  title: '域名持有者与主办单位不一致',
  path: 'websites[i].domainHolder',
  suggestion: '域名的实名持有者须是主办单位或其法定代表人：请在域名注册商处将域名过户（实名认证）给主办单位后再提交。',
  check(app, ctx) {
    const expected = [app.entity.name, app.entity.legalPerson?.name].filter(
      (name): name is string => !isBlank(name),
    );
    if (expected.length === 0) return [];
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].domainHolder`, (website, index) => {
      const holder = website.domainHolder;
      if (isBlank(holder) || expected.includes(holder)) return null;
      return `第${index + 1}个网站的域名持有者“${holder}”既不是主办单位，也不是法定代表人。`;
    });
  },
};
