import type { Website } from '../../application';
import type { Rule } from '../rule';
import { isEquivalent } from '../lib/equality';

function websitesEqual(current: Website[], previous: Website[]): boolean {
  if (current.length !== previous.length) return false;
  return current.every((website, index) => {
    const { status: _current, ...rest } = website;
    const { status: _previous, ...previousRest } = previous[index];
    return isEquivalent(rest, previousRest);
  });
}

export const submissionChangeNothingChanged: Rule = {
  id: 'submission.change.nothing_changed',
  severity: 'warning',
  title: '变更申请与当前备案信息完全相同',
  path: 'previous',
  suggestion: '变更申请中没有任何修改：请修改需要变更的信息后再提交，如无需变更请撤回申请。',
  check(app) {
    if (app.type !== 'change' || !app.previous) return [];
    // A legal person present on one side only is a change.
    if (Boolean(app.entity.legalPerson) !== Boolean(app.previous.entity.legalPerson)) return [];
    if (!isEquivalent(app.entity, app.previous.entity)) return [];
    if (!websitesEqual(app.websites, app.previous.websites)) return [];
    return [{ path: 'previous', message: '变更申请中的主体和网站信息与当前备案信息完全相同。' }];
  },
};
