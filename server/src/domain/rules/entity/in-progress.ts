import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';

export const entityInProgress: Rule = {
  id: 'entity.in_progress',
  severity: 'error',
  title: '该主体已有进行中的备案申请',
  path: 'entity.certificateNumber',
  suggestion: '同一主体同时只能有一个进行中的备案申请：请等待该申请办结，或撤回后再提交。',
  check(app, ctx) {
    const number = app.entity.certificateNumber;
    if (isBlank(number)) return [];
    const open = ctx.others.openByCertificateNumber.get(number) ?? [];
    if (open.length === 0) return [];
    const references = open.map((other) => other.reference).join('、');
    return [
      {
        path: 'entity.certificateNumber',
        message: `该主体（证件号码相同）已有进行中的备案申请：${references}。`,
      },
    ];
  },
};
