import type { Rule } from '../rule';
import { isBlank, listPeople } from '../lib/application-parts';
import { addMonths, parseIsoDate } from '../lib/dates';

const LONG_TERM = 'long_term';
const WARNING_MONTHS = 3;

export const personIdExpiringSoon: Rule = {
  id: 'person.id.expiring_soon',
  severity: 'warning',
  title: '证件将在 3 个月内到期',
  path: '<person>.idValidUntil',
  suggestion: '证件将在审核期间或备案后不久到期：建议换领新证件后再提交，以免管局审核时证件已失效。',
  check(app, ctx) {
    const limit = addMonths(ctx.today, WARNING_MONTHS);
    return listPeople(app)
      .filter(({ person }) => {
        const until = person.idValidUntil;
        if (isBlank(until) || until === LONG_TERM || !parseIsoDate(until)) return false;
        return until >= ctx.today && until < limit;
      })
      .map((slot) => ({
        path: `${slot.path}.idValidUntil`,
        message: `${slot.label}的证件有效期至 ${slot.person.idValidUntil}，距提交日不足 3 个月。`,
      }));
  },
};
