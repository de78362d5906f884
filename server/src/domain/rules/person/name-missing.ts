import type { Rule } from '../rule';
import { isBlank, listPeople } from '../lib/application-parts';

export const personNameMissing: Rule = {
  id: 'person.name.missing',
  severity: 'error',
  title: '负责人姓名未填写',
  path: '<person>.name',
  suggestion: '请按证件上的姓名填写。',
  check(app) {
    return listPeople(app)
      .filter((slot) => isBlank(slot.person.name))
      .map((slot) => ({
        path: `${slot.path}.name`,
        message: `${slot.label}的姓名为空。`,
      }));
  },
};
