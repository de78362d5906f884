import type { Rule } from '../rule';
import { findSharedContacts } from './shared-contact';

export const personEmailShared: Rule = {
  id: 'person.email.shared',
  severity: 'warning',
  title: '不同负责人填写了相同的电子邮箱',
  path: '<person>.email',
  suggestion: '建议每位负责人填写本人的电子邮箱，以便分别接收通知。',
  check(app) {
    return findSharedContacts(
      app,
      'email',
      (label, earlier) => `${label}与${earlier}不是同一人，却填写了相同的电子邮箱。`,
    );
  },
};
