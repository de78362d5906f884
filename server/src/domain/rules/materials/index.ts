import type { Rule } from '../rule';
import { materialsCertificateUpdateMissing } from './certificate-update-missing';
import { materialsChangeProofMissing } from './change-proof-missing';
import { materialsElectronicNotAllowed } from './electronic-not-allowed';
import { materialsEmpty } from './empty';
import { materialsMissing } from './missing';
import { materialsTooLarge } from './too-large';
import { materialsTypeNotAllowed } from './type-not-allowed';

export const MATERIALS_RULES: readonly Rule[] = [
  materialsMissing,
  materialsElectronicNotAllowed,
  materialsTooLarge,
  materialsTypeNotAllowed,
  materialsEmpty,
  materialsChangeProofMissing,
  materialsCertificateUpdateMissing,
];
