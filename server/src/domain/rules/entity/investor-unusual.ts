import type { Rule } from '../rule';
import { isBlank, isUnit } from '../lib/application-parts';

export const entityInvestorUnusual: Rule = {
  id: 'entity.investor.unusual',
  severity: 'warning',
  title: '投资者或上级主管单位未填写或与主体不符',
  path: 'entity.investor',
  suggestion: '投资者或上级主管单位通常填写主办单位名称或法定代表人姓名；如确为其他单位或个人，请在备注中说明。',
  check(app) {
    const { entity } = app;
    if (!isUnit(entity)) return [];
    if (isBlank(entity.investor)) {
      return [{ path: 'entity.investor', message: '投资者或上级主管单位为空。' }];
    }
    const expected = [entity.name, entity.legalPerson?.name].filter(
      (name): name is string => !isBlank(name),
    );
    if (expected.length === 0 || expected.includes(entity.investor)) return [];
    return [
      {
        path: 'entity.investor',
        message: `投资者或上级主管单位“${entity.investor}”既不是主办单位名称，也不是法定代表人姓名。`,
      },
    ];
  },
};
