import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';

export const entityNameMissing: Rule = {
  id: 'entity.name.missing',
  severity: 'error',
  title: '主办单位名称未填写',
  path: 'entity.name',
  suggestion: '请按证件上的名称填写主办单位名称；个人备案请填写本人姓名。',
  check(app) {
    if (!isBlank(app.entity.name)) return [];
    return [{ path: 'entity.name', message: '主办单位名称为空。' }];
  },
};
