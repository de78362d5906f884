import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { addDays, parseIsoDate } from '../lib/dates';
import { checkEachWebsite } from '../lib/website-rules';

const MINIMUM_REMAINING_DAYS = 90;

export const websiteDomainExpiring: Rule = {
  id: 'website.domain.expiring',
  severity: 'error',
  title: '域名将在 90 天内到期',
  path: 'websites[i].domainExpiresAt',
  suggestion: '备案要求域名有效期在 90 天以上：请先在域名注册商处续费，再更新到期日期后提交。',
  check(app, ctx) {
    const limit = addDays(ctx.today, MINIMUM_REMAINING_DAYS);
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].domainExpiresAt`, (website, index) => {
      const expiresAt = website.domainExpiresAt;
      if (isBlank(expiresAt) || !parseIsoDate(expiresAt) || expiresAt >= limit) return null;
      return `第${index + 1}个网站的域名于 ${expiresAt} 到期，距提交日不足 90 天。`;
    });
  },
};
