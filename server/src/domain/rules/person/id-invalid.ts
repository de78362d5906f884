import type { PersonalIdType } from '../../application';
import type { Rule } from '../rule';
import { isBlank, listPeople } from '../lib/application-parts';
import { isValidPersonalIdNumber } from '../lib/document-numbers';

const ID_TYPE_LABELS: Record<PersonalIdType, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  hmt_residence_permit: '港澳台居民居住证',
  foreign_permanent_residence: '外国人永久居留身份证',
};

export const personIdInvalid: Rule = {
  id: 'person.id.invalid',
  severity: 'error',
  title: '证件号码不正确',
  path: '<person>.idNumber',
  suggestion: '请对照证件重新填写证件号码：居民身份证为 18 位（末位可为 X），须与出生日期和校验位相符；不接受 15 位旧号码。',
  check(app, ctx) {
    return listPeople(app)
      .filter(
        ({ person }) =>
          !isBlank(person.idNumber) &&
          !isValidPersonalIdNumber(person.idType, person.idNumber, ctx.today),
      )
      .map((slot) => ({
        path: `${slot.path}.idNumber`,
        message: `${slot.label}的${ID_TYPE_LABELS[slot.person.idType]}号码不正确（格式、出生日期或校验位不符）。`,
      }));
  },
};
