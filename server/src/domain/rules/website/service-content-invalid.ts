import type { Application, Website } from '../../application';
import type { Rule } from '../rule';
import { isUnit } from '../lib/application-parts';
import { checkEachWebsite } from '../lib/website-rules';

const UNIT_SERVICES = new Set(['corporate_portal', 'webmail']);

function findProblem(app: Application, website: Website): string | null {
  const services = website.serviceContent;
  if (services.length !== 1) return `选择了 ${services.length} 项服务内容，应恰好选择 1 项。`;
  const [service] = services;
  if (isUnit(app.entity) && !UNIT_SERVICES.has(service)) {
    return '单位网站的服务内容只能是“单位门户网站”或“网上邮局”。';
  }
  if (!isUnit(app.entity) && service === 'corporate_portal') {
    return '个人网站的服务内容不能是“单位门户网站”。';
  }
  return null;
}

export const websiteServiceContentInvalid: Rule = {
  id: 'website.service_content.invalid',
  severity: 'error',
  title: '网站服务内容选择不正确',
  path: 'websites[i].serviceContent',
  suggestion: '每个网站只选一项服务内容：单位选“单位门户网站”或“网上邮局”，个人选“博客/个人空间”或“其他”。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].serviceContent`, (website, index) => {
      const problem = findProblem(app, website);
      return problem ? `第${index + 1}个网站：${problem}` : null;
    });
  },
};
