import type { Rule } from '../rule';
import { isBlank, listPeople } from '../lib/application-parts';

export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export const personMobileInvalid: Rule = {
  id: 'person.mobile.invalid',
  severity: 'error',
  title: '手机号码不是有效的中国大陆手机号码',
  path: '<person>.mobile',
  suggestion: '请填写本人实名登记的中国大陆手机号码（11 位，以 13–19 开头），管局将向该号码发送核验短信。',
  check(app) {
    return listPeople(app)
      .filter(({ person }) => !isBlank(person.mobile) && !MAINLAND_MOBILE.test(person.mobile))
      .map((slot) => ({
        path: `${slot.path}.mobile`,
        message: `${slot.label}的手机号码不是有效的中国大陆手机号码。`,
      }));
  },
};
