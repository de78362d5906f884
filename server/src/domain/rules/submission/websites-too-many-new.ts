import type { Rule } from '../rule';

const MAXIMUM_NEW_WEBSITES = 3;
const LIMITED_TYPES = new Set(['change', 'new_website']);

export const submissionWebsitesTooManyNew: Rule = {
  id: 'submission.websites.too_many_new',
  severity: 'error',
  title: '一次新增的网站超过 3 个',
  path: 'websites',
  suggestion: '新增网站和变更备案一次最多新增 3 个网站：请分批提交。',
  check(app) {
    if (!LIMITED_TYPES.has(app.type)) return [];
    const count = app.websites.filter((website) => website.status === 'new').length;
    if (count <= MAXIMUM_NEW_WEBSITES) return [];
    return [{ path: 'websites', message: `本申请新增了 ${count} 个网站，超过 3 个的上限。` }];
  },
};
