import type { Rule } from '../rule';
import { hasValidCreditCodeCheck } from '../lib/credit-code';
import { hasValidCreditCodeForm } from '../lib/document-numbers';

export const entityCertificateChecksumFailed: Rule = {
  id: 'entity.certificate.checksum_failed',
  severity: 'warning',
  title: '统一社会信用代码校验位不符',
  path: 'entity.certificateNumber',
  suggestion: '请核对营业执照上的统一社会信用代码。部分早期代码合法但校验位不符，请在国家企业信用信息公示系统中核实该主体。',
  check(app) {
    const { certificateType, certificateNumber } = app.entity;
    if (certificateType !== 'business_license') return [];
    if (!hasValidCreditCodeForm(certificateNumber)) return [];
    if (hasValidCreditCodeCheck(certificateNumber)) return [];
    return [
      {
        path: 'entity.certificateNumber',
        message: '统一社会信用代码的校验位与 GB 32100-2015 的计算结果不符。',
      },
    ];
  },
};
