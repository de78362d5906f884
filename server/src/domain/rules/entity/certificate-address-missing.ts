import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';

export const entityCertificateAddressMissing: Rule = {
  id: 'entity.certificate_address.missing',
  severity: 'error',
  title: '主办单位证件住所未填写',
  path: 'entity.certificateAddress',
  suggestion: '请按证件上印制的住所（地址）完整填写。',
  check(app) {
    if (!isBlank(app.entity.certificateAddress)) return [];
    return [{ path: 'entity.certificateAddress', message: '主办单位证件住所为空。' }];
  },
};
