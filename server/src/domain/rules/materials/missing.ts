import type { MaterialKind } from '../../application';
import type { Rule, RuleHit } from '../rule';
import {
  MATERIAL_KIND_LABELS,
  hasMaterial,
  isFiledOrChanged,
  isUnit,
  websiteLabel,
} from '../lib/application-parts';

const CURTAIN_WEBSITE_KINDS: readonly MaterialKind[] = [
  'verification_form',
  'site_photo',
  'security_commitment',
  'website_principal_id',
];

export const materialsMissing: Rule = {
  id: 'materials.missing',
  severity: 'error',
  title: '缺少必需的核验材料',
  path: 'materials',
  suggestion: '请按核验方式上传全部材料：幕布核验的网站须有真实性核验单、核验现场照片、信息安全管理承诺书和网站负责人证件；每个申请须有主办单位证件，单位采用幕布核验时还须有法人证件。',
  check(app) {
    const hits: RuleHit[] = [];
    const curtainWebsites = app.websites
      .map((website, index) => ({ website, index }))
      .filter(({ website }) => isFiledOrChanged(website) && website.verification === 'curtain');

    for (const { website, index } of curtainWebsites) {
      for (const kind of CURTAIN_WEBSITE_KINDS) {
        if (hasMaterial(app, kind, index)) continue;
        hits.push({
          path: `websites[${index}]`,
          message: `${websiteLabel(website, index)}采用幕布核验，缺少“${MATERIAL_KIND_LABELS[kind]}”。`,
        });
      }
    }

    if (!hasMaterial(app, 'entity_certificate')) {
      hits.push({ path: 'materials', message: `缺少“${MATERIAL_KIND_LABELS.entity_certificate}”。` });
    }
    if (isUnit(app.entity) && curtainWebsites.length > 0 && !hasMaterial(app, 'legal_person_id')) {
      hits.push({
        path: 'materials',
        message: `单位有网站采用幕布核验，缺少“${MATERIAL_KIND_LABELS.legal_person_id}”。`,
      });
    }
    return hits;
  },
};
