import type { Rule, RuleHit } from '../rule';
import { isFiledOrChanged, isUnit, websiteLabel } from '../lib/application-parts';

export const materialsElectronicNotAllowed: Rule = {
  id: 'materials.electronic_not_allowed',
  severity: 'error',
  title: '该主体不能选择电子化核验',
  path: 'websites[i].verification',
  suggestion: '电子化核验只适用于个人和持营业执照的单位：请改为幕布核验，并上传幕布核验所需的材料。',
  check(app) {
    const { entity } = app;
    if (!isUnit(entity) || entity.certificateType === 'business_license') return [];
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      if (!isFiledOrChanged(website) || website.verification !== 'electronic') return;
      hits.push({
        path: `websites[${index}].verification`,
        message: `${websiteLabel(website, index)}选择了电子化核验，但主办单位的证件不是营业执照。`,
      });
    });
    return hits;
  },
};
