import type { Rule } from '../rule';
import { findSharedContacts } from './shared-contact';

export const personMobileShared: Rule = {
  id: 'person.mobile.shared',
  severity: 'error',
  title: '不同负责人填写了相同的手机号码',
  path: '<person>.mobile',
  suggestion: '每位负责人须填写本人的手机号码：不同的人不能共用同一号码。',
  check(app) {
    return findSharedContacts(
      app,
      'mobile',
      (label, earlier) => `${label}与${earlier}不是同一人，却填写了相同的手机号码。`,
    );
  },
};
