import { websiteLabel } from '../lib/application-parts';
import { readFooters } from './footer';
import type { SiteRule } from './site-rule';

export const siteFooterFilingNumberMissing: SiteRule = {
  id: 'site.footer.filing_number_missing',
  severity: 'error',
  title: '网站首页未展示备案号',
  path: 'websites[i].homepage',
  suggestion: '请在网站首页底部展示网站备案号（如“闽ICP备12345678号-1”），并链接到 https://beian.miit.gov.cn。',
  check(app, pages) {
    return readFooters(app, pages)
      .filter((facts) => !facts.showsNumber)
      .map(({ websiteIndex }) => {
        const website = app.websites[websiteIndex];
        return {
          path: `websites[${websiteIndex}].homepage`,
          message: `${websiteLabel(website, websiteIndex)}的首页没有展示备案号“${website.filingNumber}”。`,
        };
      });
  },
};
