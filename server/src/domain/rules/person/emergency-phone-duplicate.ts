import type { Rule } from '../rule';
import { isBlank, listPeople } from '../lib/application-parts';

export const personEmergencyPhoneDuplicate: Rule = {
  id: 'person.emergency_phone.duplicate',
  severity: 'error',
  title: '应急联系电话与负责人手机号码相同',
  path: '<person>.emergencyPhone',
  suggestion: '应急联系电话须是另一个能联系到负责人的号码，不能与本申请中任何负责人的手机号码相同。',
  check(app) {
    const people = listPeople(app);
    // The legal person is no principal: only principals' mobiles count.
    const principalMobiles = new Set(
      people
        .filter((slot) => slot.role !== 'legal_person' && !isBlank(slot.person.mobile))
        .map((slot) => slot.person.mobile),
    );
    return people
      .filter(({ person }) => !isBlank(person.emergencyPhone) && principalMobiles.has(person.emergencyPhone))
      .map((slot) => ({
        path: `${slot.path}.emergencyPhone`,
        message: `${slot.label}的应急联系电话与本申请中负责人的手机号码相同。`,
      }));
  },
};
