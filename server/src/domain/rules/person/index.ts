import type { Rule } from '../rule';
import { personEmailInvalid } from './email-invalid';
import { personEmailShared } from './email-shared';
import { personEmergencyPhoneDuplicate } from './emergency-phone-duplicate';
import { personIdExpired } from './id-expired';
import { personIdExpiringSoon } from './id-expiring-soon';
import { personIdInvalid } from './id-invalid';
import { personMobileInvalid } from './mobile-invalid';
import { personMobileOtherEntity } from './mobile-other-entity';
import { personMobileShared } from './mobile-shared';
import { personNameMissing } from './name-missing';

export const PERSON_RULES: readonly Rule[] = [
  personNameMissing,
  personIdInvalid,
  personIdExpired,
  personIdExpiringSoon,
  personMobileInvalid,
  personEmailInvalid,
  personMobileShared,
  personEmailShared,
  personEmergencyPhoneDuplicate,
  personMobileOtherEntity,
];
