import type { LegalPerson } from '../../application';
import type { Rule, RuleHit } from '../rule';
import { isSamePerson, websiteLabel } from '../lib/application-parts';

const FOREIGN_RESIDENCIES = new Set(['hk', 'mo', 'tw', 'foreign']);
const NON_MAINLAND_DOCUMENTS = new Set([
  'passport',
  'hk_macau_permit',
  'taiwan_permit',
  'hmt_residence_permit',
  'foreign_permanent_residence',
]);

function isOutsideMainland(legalPerson: LegalPerson): boolean {
  return (
    FOREIGN_RESIDENCIES.has(legalPerson.residency) ||
    NON_MAINLAND_DOCUMENTS.has(legalPerson.idType)
  );
}

export const websitePrincipalForeignLegalPerson: Rule = {
  id: 'website.principal.foreign_legal_person',
  severity: 'error',
  title: '境外法定代表人不能兼任网站负责人',
  path: 'websites[i].principal',
  suggestion: '法定代表人居住在港澳台或境外、或持非居民身份证件时，请另行指定一位中国大陆居民担任网站负责人。',
  check(app) {
    const legalPerson = app.entity.legalPerson;
    if (!legalPerson || !isOutsideMainland(legalPerson)) return [];
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      if (!isSamePerson(legalPerson, website.principal)) return;
      hits.push({
        path: `websites[${index}].principal`,
        message: `法定代表人居住在中国大陆以外或持非居民身份证件，不能兼任${websiteLabel(website, index)}的负责人。`,
      });
    });
    return hits;
  },
};
