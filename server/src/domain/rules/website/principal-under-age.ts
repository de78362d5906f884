import { provinceName } from '../../regions';
import type { Rule, RuleHit } from '../rule';
import { isUnit, websiteLabel } from '../lib/application-parts';
import { ageOn } from '../lib/dates';
import { isValidPersonalIdNumber } from '../lib/document-numbers';
import { residentIdBirthDate } from '../lib/resident-id';

export const websitePrincipalUnderAge: Rule = {
  id: 'website.principal.under_age',
  severity: 'error',
  title: '网站负责人未达所在省份要求的最低年龄',
  path: 'websites[i].principal.idNumber',
  suggestion: '请改由已达到所在省份最低年龄要求的人员担任网站负责人。',
  check(app, ctx) {
    const province = app.entity.region.province.slice(0, 2);
    const appliesTo = isUnit(app.entity) ? 'unit' : 'individual';
    const minimum = ctx.reference.minimumAges.find(
      (row) => row.provinceCode === province && row.appliesTo === appliesTo,
    )?.minimumAge;
    if (!minimum) return [];

    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      const { idType, idNumber } = website.principal;
      if (idType !== 'resident_id' && idType !== 'hmt_residence_permit') return;
      if (!isValidPersonalIdNumber(idType, idNumber, ctx.today)) return;
      const birthDate = residentIdBirthDate(idNumber);
      if (!birthDate) return;
      const age = ageOn(birthDate, ctx.today);
      if (age >= minimum) return;
      hits.push({
        path: `websites[${index}].principal.idNumber`,
        message: `${websiteLabel(website, index)}的负责人在提交日为 ${age} 周岁，${provinceName(province) ?? province}要求网站负责人年满 ${minimum} 周岁。`,
      });
    });
    return hits;
  },
};
