import type { Rule } from '../rule';
import { isBlank, listPeople } from '../lib/application-parts';
import { parseIsoDate } from '../lib/dates';

const LONG_TERM = 'long_term';

export const personIdExpired: Rule = {
  id: 'person.id.expired',
  severity: 'error',
  title: '证件已过有效期',
  path: '<person>.idValidUntil',
  suggestion: '请换领新证件后，填写新证件的号码和有效期并重新上传证件照片。',
  check(app, ctx) {
    return listPeople(app)
      .filter(({ person }) => {
        const until = person.idValidUntil;
        if (isBlank(until) || until === LONG_TERM || !parseIsoDate(until)) return false;
        return until < ctx.today;
      })
      .map((slot) => ({
        path: `${slot.path}.idValidUntil`,
        message: `${slot.label}的证件有效期至 ${slot.person.idValidUntil}，已在提交日 ${ctx.today} 之前过期。`,
      }));
  },
};
