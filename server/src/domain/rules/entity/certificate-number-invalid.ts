import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { isValidCertificateNumber } from '../lib/document-numbers';

export const entityCertificateNumberInvalid: Rule = {
  id: 'entity.certificate.number_invalid',
  severity: 'error',
  title: '主办单位证件号码格式不正确',
  path: 'entity.certificateNumber',
  suggestion: '请对照证件重新填写证件号码：统一社会信用代码为 18 位（不含字母 I、O、S、V、Z），组织机构代码为 8 位加 1 位校验码，身份证为 18 位。',
  check(app, ctx) {
    const { certificateType, certificateNumber } = app.entity;
    if (isBlank(certificateNumber)) return [];
    if (isValidCertificateNumber(certificateType, certificateNumber, ctx.today)) {
      return [];
    }
    return [
      {
        path: 'entity.certificateNumber',
        message: '主办单位证件号码不符合所选证件类型的格式。',
      },
    ];
  },
};
