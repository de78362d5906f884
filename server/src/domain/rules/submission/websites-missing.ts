import type { Rule } from '../rule';

export const submissionWebsitesMissing: Rule = {
  id: 'submission.websites.missing',
  severity: 'error',
  title: '申请中没有新增网站',
  path: 'websites',
  suggestion: '请至少添加一个要备案（或接入）的新网站。',
  check(app) {
    if (app.type === 'change') return [];
    if (app.websites.some((website) => website.status === 'new')) return [];
    return [{ path: 'websites', message: '此类申请须至少包含一个新增网站，但没有状态为“新增”的网站。' }];
  },
};
