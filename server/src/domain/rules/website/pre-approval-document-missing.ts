import type { Rule, RuleHit } from '../rule';
import { isBlank, websiteLabel } from '../lib/application-parts';
import { CATEGORY_LABELS } from './name-pre-approval-keyword';

export const websitePreApprovalDocumentMissing: Rule = {
  id: 'website.pre_approval.document_missing',
  severity: 'error',
  title: '前置审批缺少审批文号或审批文件',
  path: 'websites[i].preApprovals[j]',
  suggestion: '请填写前置审批的审批文号，并上传主管部门出具的前置审批文件；如网站不涉及该类服务，请删除此项前置审批。',
  check(app) {
    const preApprovalMaterialIds = new Set(
      app.materials.filter((material) => material.kind === 'pre_approval').map((material) => material.id),
    );
    const hits: RuleHit[] = [];
    app.websites.forEach((website, index) => {
      website.preApprovals.forEach((approval, approvalIndex) => {
        const missingNumber = isBlank(approval.approvalNumber);
        const missingFile = !(approval.materialIds ?? []).some((id) => preApprovalMaterialIds.has(id));
        if (!missingNumber && !missingFile) return;
        const missing = [missingNumber && '审批文号', missingFile && '前置审批文件'].filter(Boolean);
        hits.push({
          path: `websites[${index}].preApprovals[${approvalIndex}]`,
          message: `${websiteLabel(website, index)}申报的“${CATEGORY_LABELS[approval.category]}”前置审批缺少${missing.join('和')}。`,
        });
      });
    });
    return hits;
  },
};
