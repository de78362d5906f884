import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { parseEntityFilingNumber } from '../lib/filing-number';

export const entityFilingNumberInvalid: Rule = {
  id: 'entity.filing_number.invalid',
  severity: 'error',
  title: '主体备案号缺失或格式不正确',
  path: 'entity.filingNumber',
  suggestion: '请填写主体备案号，格式为“省份简称ICP备8位或10位数字号”，例如“闽ICP备12345678号”，不带网站序号“-n”。',
  check(app) {
    if (app.type === 'new_filing') return [];
    const number = app.entity.filingNumber;
    if (isBlank(number)) {
      return [{ path: 'entity.filingNumber', message: '此类申请须填写主体备案号，但该项为空。' }];
    }
    if (parseEntityFilingNumber(number)) return [];
    return [
      {
        path: 'entity.filingNumber',
        message: `主体备案号“${number}”格式不正确。`,
      },
    ];
  },
};
