import type { CertificateType, EntityNature } from '../../application';
import type { Rule } from '../rule';
import { isPersonalIdType } from '../lib/document-numbers';

const NATURE_LABELS: Record<EntityNature, string> = {
  enterprise: '企业',
  individual: '个人',
  government: '政府机关',
  institution: '事业单位',
  social_group: '社会团体',
  private_non_enterprise: '民办非企业单位',
  foundation: '基金会',
  other: '其他单位',
};

function fitsNature(nature: EntityNature, type: CertificateType): boolean {
  if (nature === 'individual') return isPersonalIdType(type);
  if (nature === 'enterprise') return type === 'business_license';
  return !isPersonalIdType(type);
}

export const entityCertificateTypeMismatch: Rule = {
  id: 'entity.certificate.type_mismatch',
  severity: 'error',
  title: '主办单位证件类型与单位性质不符',
  path: 'entity.certificateType',
  suggestion: '企业请使用营业执照（统一社会信用代码）；个人请使用居民身份证等个人证件；其他单位请使用其登记证书，不能使用个人证件。',
  check(app) {
    const { nature, certificateType } = app.entity;
    if (fitsNature(nature, certificateType)) return [];
    return [
      {
        path: 'entity.certificateType',
        message: `单位性质为“${NATURE_LABELS[nature]}”，不能使用所选的证件类型。`,
      },
    ];
  },
};
