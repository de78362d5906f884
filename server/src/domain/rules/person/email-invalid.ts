import isEmail from 'validator/lib/isEmail';
import type { Rule } from '../rule';
import { isBlank, listPeople } from '../lib/application-parts';

export const personEmailInvalid: Rule = {
  id: 'person.email.invalid',
  severity: 'error',
  title: '电子邮箱地址无效',
  path: '<person>.email',
  suggestion: '请填写可正常接收邮件的电子邮箱地址，例如 name@example.com。',
  check(app) {
    return listPeople(app)
      .filter(({ person }) => !isBlank(person.email) && !isEmail(person.email))
      .map((slot) => ({
        path: `${slot.path}.email`,
        message: `${slot.label}的电子邮箱“${slot.person.email}”不是有效的邮箱地址。`,
      }));
  },
};
