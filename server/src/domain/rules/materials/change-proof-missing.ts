import type { Rule } from '../rule';
import { MATERIAL_KIND_LABELS, hasMaterial, isBlank } from '../lib/application-parts';

export const materialsChangeProofMissing: Rule = {
  id: 'materials.change_proof_missing',
  severity: 'error',
  title: '主办单位更名但缺少工商变更证明',
  path: 'materials',
  suggestion: '变更主办单位名称须上传市场监督管理部门出具的工商变更证明（名称变更通知书或变更登记信息）。',
  check(app) {
    if (app.type !== 'change' || !app.previous) return [];
    const current = app.entity.name;
    const previous = app.previous.entity.name;
    if (isBlank(current) || isBlank(previous) || current === previous) return [];
    if (hasMaterial(app, 'change_proof')) return [];
    return [
      {
        path: 'materials',
        message: `主办单位名称由“${previous}”变更为“${current}”，缺少“${MATERIAL_KIND_LABELS.change_proof}”。`,
      },
    ];
  },
};
