import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';

const PASSWORD = /^\d{6}$/;

export const entityFilingPasswordInvalid: Rule = {
  id: 'entity.filing_password.invalid',
  severity: 'error',
  title: '备案密码缺失或不是 6 位数字',
  path: 'entity.filingPassword',
  suggestion: '请填写原接入商处取得的备案密码（6 位数字）；忘记密码可在工信部备案管理系统找回。',
  check(app) {
    if (app.type !== 'new_website_filed_elsewhere') return [];
    const password = app.entity.filingPassword;
    if (!isBlank(password) && PASSWORD.test(password)) return [];
    const message = isBlank(password)
      ? '已在其他接入商备案的主体新增网站须填写备案密码，但该项为空。'
      : '备案密码不是 6 位数字。';
    return [{ path: 'entity.filingPassword', message }];
  },
};
