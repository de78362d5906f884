import type { RuleHit } from '../rule';
import { isBlank } from '../lib/application-parts';
import { compactText, pageTitle } from './html';
import { isReachable } from './page';
import { isFiledBefore, type SiteRule } from './site-rule';

export const siteTitleMismatch: SiteRule = {
  id: 'site.title_mismatch',
  severity: 'warning',
  title: '网站首页标题与备案的网站名称不符',
  path: 'websites[i].name',
  suggestion: '网站首页的标题（<title>）须包含备案时的网站名称：请修改首页标题，或通过变更备案更新网站名称。',
  check(app, pages) {
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      const page = pages.get(index);
      if (!isFiledBefore(website) || !isReachable(page) || isBlank(website.name)) return;
      const title = pageTitle(page.html);
      if (title !== null && title.includes(compactText(website.name))) return;
      const titleDescription = title === null ? '首页没有标题' : `首页标题为“${title}”`;
      hits.push({
        path: `websites[${index}].name`,
        message: `第${index + 1}个网站的${titleDescription}，不包含备案名称“${website.name}”。`,
      });
    });
    return hits;
  },
};
