import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { parseWebsiteFilingNumber } from '../lib/filing-number';
import { checkEachWebsite } from '../lib/website-rules';

export const websiteFilingNumberInvalid: Rule = {
  id: 'website.filing_number.invalid',
  severity: 'error',
  title: '网站备案号缺失或格式不正确',
  path: 'websites[i].filingNumber',
  suggestion: '请填写网站备案号，格式为“省份简称ICP备8位或10位数字号-序号”，例如“闽ICP备12345678号-1”。',
  check(app, ctx) {
    return checkEachWebsite(app, ctx, (i) => `websites[${i}].filingNumber`, (website, index) => {
      const required =
        website.status === 'existing' ||
        website.status === 'modified' ||
        app.type === 'access_transfer';
      if (!required) return null;
      const number = website.filingNumber;
      if (isBlank(number)) return `第${index + 1}个网站须填写网站备案号，但该项为空。`;
      if (parseWebsiteFilingNumber(number)) return null;
      return `第${index + 1}个网站的备案号“${number}”格式不正确。`;
    });
  },
};
