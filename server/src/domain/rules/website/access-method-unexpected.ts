import type { Rule } from '../rule';
import { checkEachWebsite } from '../lib/website-rules';

const TYPES = new Set(['access_transfer', 'new_website_filed_elsewhere']);

export const websiteAccessMethodUnexpected: Rule = {
  id: 'website.access_method.unexpected',
  severity: 'warning',
  title: '接入方式与申请类型不符',
  path: 'websites[i].accessMethod',
  suggestion: '新增网站接入和已备案主体新增网站通常以“虚拟主机”方式接入：请核对接入方式。',
  check(app, ctx) {
    if (!TYPES.has(app.type)) return [];
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].accessMethod`, (website, index) =>
      website.accessMethod === 'virtual_host'
        ? null
        : `第${index + 1}个网站的接入方式不是“虚拟主机”，与本类申请通常的接入方式不符。`,
    );
  },
};
