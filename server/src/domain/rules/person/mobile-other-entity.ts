import type { Rule } from '../rule';
import { isBlank, listPeople } from '../lib/application-parts';

export const personMobileOtherEntity: Rule = {
  id: 'person.mobile.other_entity',
  severity: 'warning',
  title: '手机号码已是其他主体的负责人手机号码',
  path: '<person>.mobile',
  suggestion: '一个手机号码只能用于一个主体：请填写本人另一个未被其他主体使用的手机号码，或先注销原备案中的该号码。',
  check(app, ctx) {
    const ownCertificate = app.entity.certificateNumber;
    return listPeople(app)
      .filter(({ person }) => {
        if (isBlank(person.mobile)) return false;
        const others = ctx.others.principalMobiles.get(person.mobile) ?? [];
        return others.some((other) => other.certificateNumber !== ownCertificate);
      })
      .map((slot) => ({
        path: `${slot.path}.mobile`,
        message: `${slot.label}的手机号码已是另一主体备案申请中负责人的手机号码。`,
      }));
  },
};
