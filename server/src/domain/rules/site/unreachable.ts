import type { RuleHit } from '../rule';
import { websiteLabel } from '../lib/application-parts';
import { isReachable, type FetchedPage } from './page';
import { isFiledBefore, type SiteRule } from './site-rule';

function describeFailure(page: FetchedPage | undefined): string {
  if (!page) return '未能访问';
  if (page.error === 'timeout') return '10 秒内没有响应';
  if (page.error === 'too_many_redirects') return '重定向次数过多';
  if (page.error === 'too_large') return '页面超过大小上限';
  if (page.error) return '无法连接';
  return `返回了 HTTP ${page.status} 状态`;
}

export const siteUnreachable: SiteRule = {
  id: 'site.unreachable',
  severity: 'error',
  title: '已备案网站无法访问',
  path: 'websites[i].homepage',
  suggestion: '已备案的网站须能正常访问：请确认网站已开通、域名解析正确，并在 10 秒内返回首页。',
  check(app, pages) {
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      if (!isFiledBefore(website)) return;
      const page = pages.get(index);
      if (isReachable(page)) return;
      hits.push({
        path: `websites[${index}].homepage`,
        message: `${websiteLabel(website, index)}的首页${page ? `（${page.url}）` : ''}${describeFailure(page)}。`,
      });
    });
    return hits;
  },
};
