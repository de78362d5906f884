import { websiteLabel } from '../lib/application-parts';
import { readFooters } from './footer';
import type { SiteRule } from './site-rule';

export const siteFooterMiitLinkMissing: SiteRule = {
  id: 'site.footer.miit_link_missing',
  severity: 'error',
  title: '网站备案号未链接到工信部备案管理系统',
  path: 'websites[i].homepage',
  suggestion: '请将首页底部的备案号设为指向 https://beian.miit.gov.cn 的链接。',
  check(app, pages) {
    return readFooters(app, pages)
      .filter((facts) => !facts.linksNumber)
      .map(({ websiteIndex }) => ({
        path: `websites[${websiteIndex}].homepage`,
        message: `${websiteLabel(app.websites[websiteIndex], websiteIndex)}首页的备案号没有链接到 beian.miit.gov.cn。`,
      }));
  },
};
