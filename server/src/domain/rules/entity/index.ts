import type { Rule } from '../rule';
import { entityAddressRegionMismatch } from './address-region-mismatch';
import { entityCertificateAddressMissing } from './certificate-address-missing';
import { entityCertificateChecksumFailed } from './certificate-checksum-failed';
import { entityCertificateNumberInvalid } from './certificate-number-invalid';
import { entityCertificateTypeMismatch } from './certificate-type-mismatch';
import { entityFilingNumberInvalid } from './filing-number-invalid';
import { entityFilingNumberProvinceMismatch } from './filing-number-province-mismatch';
import { entityFilingPasswordInvalid } from './filing-password-invalid';
import { entityInProgress } from './in-progress';
import { entityInvestorUnusual } from './investor-unusual';
import { entityNameMissing } from './name-missing';
import { entityNameNotPrincipal } from './name-not-principal';
import { entityRegionCertificateElsewhere } from './region-certificate-elsewhere';
import { entityRegionInvalid } from './region-invalid';

export const ENTITY_RULES: readonly Rule[] = [
  entityNameMissing,
  entityNameNotPrincipal,
  entityCertificateTypeMismatch,
  entityCertificateNumberInvalid,
  entityCertificateChecksumFailed,
  entityCertificateAddressMissing,
  entityRegionInvalid,
  entityAddressRegionMismatch,
  entityRegionCertificateElsewhere,
  entityInvestorUnusual,
  entityFilingNumberInvalid,
  entityFilingNumberProvinceMismatch,
  entityFilingPasswordInvalid,
  entityInProgress,
];
