import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';

export const entityNameNotPrincipal: Rule = {
  id: 'entity.name.not_principal',
  severity: 'error',
  title: '个人备案的主办人名称与主体负责人姓名不一致',
  path: 'entity.name',
  suggestion: '个人备案的主办人即主体负责人本人：请将主办人名称改为主体负责人证件上的姓名，或更正主体负责人信息。',
  check(app) {
    const { entity } = app;
    if (entity.nature !== 'individual') return [];
    if (isBlank(entity.name) || isBlank(entity.principal.name)) return [];
    if (entity.name === entity.principal.name) return [];
    return [
      {
        path: 'entity.name',
        message: `个人备案的主办人名称“${entity.name}”与主体负责人姓名“${entity.principal.name}”不一致。`,
      },
    ];
  },
};
