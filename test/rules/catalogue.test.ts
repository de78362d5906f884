import { listRules } from '../../server/src/domain/rules/evaluate';

/** The rule ids of the catalogue: a contract with the intake API, the console and the reason templates. */
const CONTRACT_IDS = [
  'entity.name.missing', 'entity.name.not_principal', 'entity.certificate.type_mismatch',
  'entity.certificate.number_invalid', 'entity.certificate.checksum_failed',
  'entity.certificate_address.missing', 'entity.region.invalid', 'entity.address.region_mismatch',
  'entity.region.certificate_elsewhere', 'entity.investor.unusual', 'entity.filing_number.invalid',
  'entity.filing_number.province_mismatch', 'entity.filing_password.invalid', 'entity.in_progress',
  'person.name.missing', 'person.id.invalid', 'person.id.expired', 'person.id.expiring_soon',
  'person.mobile.invalid', 'person.email.invalid', 'person.mobile.shared', 'person.email.shared',
  'person.emergency_phone.duplicate', 'person.mobile.other_entity',
  'website.principal.inconsistent', 'website.principal.under_age', 'website.principal.foreign_legal_person',
  'website.name.missing', 'website.name.too_short', 'website.name.domain_or_latin',
  'website.name.special_characters', 'website.name.reserved_word', 'website.name.forbidden_word',
  'website.name.personal_restricted_word', 'website.name.unrelated_to_entity',
  'website.name.pre_approval_keyword', 'website.pre_approval.document_missing',
  'website.service_content.invalid', 'website.domains.count', 'website.domain.invalid',
  'website.domain.tld_not_approved', 'website.domain.duplicate', 'website.domain.holder_mismatch',
  'website.domain.expiring', 'website.ips.missing', 'website.ip.invalid', 'website.ip.not_provider',
  'website.server.outside_mainland', 'website.access_method.unexpected', 'website.filing_number.invalid',
  'submission.websites.missing', 'submission.websites.too_many_new', 'submission.change.nothing_changed',
  'materials.missing', 'materials.electronic_not_allowed', 'materials.too_large',
  'materials.type_not_allowed', 'materials.empty', 'materials.change_proof_missing',
  'materials.certificate_update_missing',
  'site.unreachable', 'site.footer.filing_number_missing', 'site.footer.miit_link_missing',
  'site.title_mismatch',
];

const WARNINGS = new Set([
  'entity.certificate.checksum_failed', 'entity.region.certificate_elsewhere', 'entity.investor.unusual',
  'entity.filing_number.province_mismatch', 'person.id.expiring_soon', 'person.email.shared',
  'person.mobile.other_entity', 'website.name.special_characters', 'website.name.unrelated_to_entity',
  'website.name.pre_approval_keyword', 'website.access_method.unexpected',
  'submission.change.nothing_changed', 'site.title_mismatch',
]);

const HAN = /\p{Script=Han}/u;

describe('rule catalogue', () => {
  const rules = listRules();

  test('lists every contract id once', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...CONTRACT_IDS].sort());
  });

  test.each(rules.map((rule) => [rule.id, rule] as const))('%s has its severity and Chinese texts', (id, rule) => {
    expect(rule.severity).toBe(WARNINGS.has(id) ? 'warning' : 'error');
    expect(rule.title).toMatch(HAN);
    expect(rule.suggestion).toMatch(HAN);
    expect(rule.path).not.toBe('');
  });

  test('marks the live-website rules', () => {
    const live = rules.filter((rule) => rule.scope === 'live_site').map((rule) => rule.id);
    expect(live).toEqual(CONTRACT_IDS.filter((id) => id.startsWith('site.')));
  });
});
