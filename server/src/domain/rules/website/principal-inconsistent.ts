import type { Rule, RuleHit } from '../rule';
import { isBlank, websiteLabel } from '../lib/application-parts';

export const websitePrincipalInconsistent: Rule = {
  id: 'website.principal.inconsistent',
  severity: 'error',
  title: '同一主体的网站负责人不一致',
  path: 'websites[i].principal.idNumber',
  suggestion: '同一主体下所有网站须由同一位网站负责人负责：请将各网站负责人改为同一人（与已备案网站的负责人相同）。',
  check(app, ctx) {
    const approved =
      ctx.others.approvedWebsitesByCertificateNumber.get(app.entity.certificateNumber) ?? [];
    const approvedPrincipals = new Set(
      approved.map((website) => website.principalIdNumber).filter((id) => !isBlank(id)),
    );
    const first = app.websites[0]?.principal.idNumber;
    const hits: RuleHit[] = [];

    app.websites.forEach((website, index) => {
      const id = website.principal.idNumber;
      if (isBlank(id)) return;
      const differsFromFirst = index > 0 && !isBlank(first) && id !== first;
      const differsFromApproved = [...approvedPrincipals].some((approvedId) => approvedId !== id);
      if (!differsFromFirst && !differsFromApproved) return;
      const against = differsFromApproved ? '该主体已备案网站' : '第1个网站';
      hits.push({
        path: `websites[${index}].principal.idNumber`,
        message: `${websiteLabel(website, index)}的负责人与${against}的负责人不是同一人。`,
      });
    });
    return hits;
  },
};
