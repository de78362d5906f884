import type { Entity } from '../../application';
import { provinceName } from '../../regions';
import type { Rule } from '../rule';
import { isUnit } from '../lib/application-parts';
import { hasValidCreditCodeForm } from '../lib/document-numbers';

const CREDIT_CODE_TYPES = new Set([
  'business_license',
  'institution_certificate',
  'social_group_certificate',
]);
const NATIONAL_PREFIX = '10';
const RESIDENT_ID_SHAPE = /^\d{17}[\dX]$/;

/** Returns the province prefix the certificate was issued in, or null when unknown or national. */
function issuingProvincePrefix(entity: Entity): string | null {
  const number = entity.certificateNumber;
  if (isUnit(entity) && CREDIT_CODE_TYPES.has(entity.certificateType)) {
    if (!hasValidCreditCodeForm(number)) return null;
    const prefix = number.slice(2, 4);
    return prefix === NATIONAL_PREFIX ? null : prefix;
  }
  if (entity.certificateType === 'resident_id' && RESIDENT_ID_SHAPE.test(number)) {
    return number.slice(0, 2);
  }
  return null;
}

export const entityRegionCertificateElsewhere: Rule = {
  id: 'entity.region.certificate_elsewhere',
  severity: 'warning',
  title: '主办单位证件签发地与所选省份不同',
  path: 'entity.region.province',
  suggestion: '请确认所选省份：单位应在证件登记地所在省份备案；个人在外省备案须上传当地居住证明（如居住证）。',
  check(app) {
    const { entity } = app;
    const selected = entity.region.province;
    const issued = issuingProvincePrefix(entity);
    if (!selected || !issued || issued === selected.slice(0, 2)) return [];
    const issuedName = provinceName(issued) ?? issued;
    const selectedName = provinceName(selected) ?? selected;
    return [
      {
        path: 'entity.region.province',
        message: `主办单位证件签发地为${issuedName}，与所选省份${selectedName}不同。`,
      },
    ];
  },
};
