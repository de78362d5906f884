import type { Application } from '../../application';
import type { Rule, RuleHit } from '../rule';
import { MATERIAL_KIND_LABELS, hasMaterial, isBlank } from '../lib/application-parts';

function changed(current: string | undefined, previous: string | undefined): boolean {
  return !isBlank(current) && !isBlank(previous) && current !== previous;
}

function legalPersonChanged(app: Application): boolean {
  const current = app.entity.legalPerson;
  const previous = app.previous?.entity.legalPerson;
  if (!current) return false;
  if (!previous) return true;
  return changed(current.name, previous.name) || changed(current.idNumber, previous.idNumber);
}

export const materialsCertificateUpdateMissing: Rule = {
  id: 'materials.certificate_update_missing',
  severity: 'error',
  title: '证件信息已变更但未上传新证件',
  path: 'materials',
  suggestion: '证件号码或住所变更后须上传新的主办单位证件；法定代表人变更后须上传新法定代表人的证件。',
  check(app) {
    if (app.type !== 'change' || !app.previous) return [];
    const { entity } = app;
    const previous = app.previous.entity;
    const hits: RuleHit[] = [];

    const certificateChanged =
      changed(entity.certificateNumber, previous.certificateNumber) ||
      changed(entity.certificateAddress, previous.certificateAddress);
    if (certificateChanged && !hasMaterial(app, 'entity_certificate')) {
      hits.push({
        path: 'materials',
        message: `主办单位证件号码或住所已变更，缺少新的“${MATERIAL_KIND_LABELS.entity_certificate}”。`,
      });
    }
    if (legalPersonChanged(app) && !hasMaterial(app, 'legal_person_id')) {
      hits.push({
        path: 'materials',
        message: `法定代表人已变更，缺少新法定代表人的“${MATERIAL_KIND_LABELS.legal_person_id}”。`,
      });
    }
    return hits;
  },
};
