import type { Rule } from '../rule';
import { websiteAccessMethodUnexpected } from './access-method-unexpected';
import { websiteDomainDuplicate } from './domain-duplicate';
import { websiteDomainExpiring } from './domain-expiring';
import { websiteDomainHolderMismatch } from './domain-holder-mismatch';
import { websiteDomainInvalid } from './domain-invalid';
import { websiteDomainTldNotApproved } from './domain-tld-not-approved';
import { websiteDomainsCount } from './domains-count';
import { websiteFilingNumberInvalid } from './filing-number-invalid';
import { websiteIpInvalid } from './ip-invalid';
import { websiteIpNotProvider } from './ip-not-provider';
import { websiteIpsMissing } from './ips-missing';
import { websiteNameDomainOrLatin } from './name-domain-or-latin';
import { websiteNameForbiddenWord } from './name-forbidden-word';
import { websiteNameMissing } from './name-missing';
import { websiteNamePersonalRestrictedWord } from './name-personal-restricted-word';
import { websiteNamePreApprovalKeyword } from './name-pre-approval-keyword';
import { websiteNameReservedWord } from './name-reserved-word';
import { websiteNameSpecialCharacters } from './name-special-characters';
import { websiteNameTooShort } from './name-too-short';
import { websiteNameUnrelatedToEntity } from './name-unrelated-to-entity';
import { websitePreApprovalDocumentMissing } from './pre-approval-document-missing';
import { websitePrincipalForeignLegalPerson } from './principal-foreign-legal-person';
import { websitePrincipalInconsistent } from './principal-inconsistent';
import { websitePrincipalUnderAge } from './principal-under-age';
import { websiteServerOutsideMainland } from './server-outside-mainland';
import { websiteServiceContentInvalid } from './service-content-invalid';

export const WEBSITE_PRINCIPAL_RULES: readonly Rule[] = [
  websitePrincipalInconsistent,
  websitePrincipalUnderAge,
  websitePrincipalForeignLegalPerson,
];

export const WEBSITE_RULES: readonly Rule[] = [
  websiteNameMissing,
  websiteNameTooShort,
  websiteNameDomainOrLatin,
  websiteNameSpecialCharacters,
  websiteNameReservedWord,
  websiteNameForbiddenWord,
  websiteNamePersonalRestrictedWord,
  websiteNameUnrelatedToEntity,
  websiteNamePreApprovalKeyword,
  websitePreApprovalDocumentMissing,
  websiteServiceContentInvalid,
  websiteDomainsCount,
  websiteDomainInvalid,
  websiteDomainTldNotApproved,
  websiteDomainDuplicate,
  websiteDomainHolderMismatch,
  websiteDomainExpiring,
  websiteIpsMissing,
  websiteIpInvalid,
  websiteIpNotProvider,
  websiteServerOutsideMainland,
  websiteAccessMethodUnexpected,
  websiteFilingNumberInvalid,
];
