import type { Rule } from '../rule';
import { checkEachWebsite } from '../lib/website-rules';

const OUTSIDE_MAINLAND = /^(?:hk|mo|tw|overseas|71\d{4}|81\d{4}|82\d{4})$/;

export const websiteServerOutsideMainland: Rule = {
  id: 'website.server.outside_mainland',
  severity: 'error',
  title: '服务器位于中国大陆以外',
  path: 'websites[i].serverRegion',
  suggestion: 'ICP 备案只适用于服务器在中国大陆的网站：请将网站迁到本接入商的大陆服务器，并填写其所在地区。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].serverRegion`, (website, index) =>
      OUTSIDE_MAINLAND.test(website.serverRegion)
        ? `第${index + 1}个网站的服务器位于中国大陆以外，不能办理备案。`
        : null,
    );
  },
};
