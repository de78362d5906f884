import type { Application } from '../../../server/src/domain/application';
import { websiteDomainDuplicate } from '../../../server/src/domain/rules/website/domain-duplicate';
import { websiteDomainExpiring } from '../../../server/src/domain/rules/website/domain-expiring';
import { websiteDomainHolderMismatch } from '../../../server/src/domain/rules/website/domain-holder-mismatch';
import { websiteDomainInvalid } from '../../../server/src/domain/rules/website/domain-invalid';
import { websiteDomainTldNotApproved } from '../../../server/src/domain/rules/website/domain-tld-not-approved';
import { websiteDomainsCount } from '../../../server/src/domain/rules/website/domains-count';
import { curtainApplication, unitApplication } from '../support/applications';
import { buildOthersView } from '../support/context';
import { rulePaths } from '../support/run-rule';

const DOMAIN_PATH = ['websites[0].domains[0]'];

function withDomain(domain: string): Application {
  const app = curtainApplication();
  app.websites[0].domains = [domain];
  return app;
}

describe('website.domains.count', () => {
  test.each<[string, string[], string[]]>([
    ['one domain', ['xilantea.cn'], []],
    ['two domains', ['xilantea.cn', 'xilantea.com.cn'], ['websites[0].domains']],
    ['no domain', [], ['websites[0].domains']],
  ])('%s', (_label, domains, expected) => {
    const app = curtainApplication();
    app.websites[0].domains = domains;
    expect(rulePaths(websiteDomainsCount, app)).toEqual(expected);
  });
});

describe('website.domain.invalid and website.domain.tld_not_approved', () => {
  test.each<[string, string, string[], string[]]>([
    ['plain domain', 'xilantea.cn', [], []],
    ['upper case with a trailing dot', 'XiLanTea.CN.', [], []],
    ['internationalised under .中国', '溪岚茶事.中国', [], []],
    ['ideographic full stop', 'xilantea。cn', [], []],
    ['second level under cn', 'xilantea.com.cn', [], []],
    ['province suffix under cn', 'xilantea.fj.cn', [], []],
    ['underscore', 'xilan_tea.cn', DOMAIN_PATH, []],
    ['single label', 'xilantea', DOMAIN_PATH, []],
    ['IPv4 address', '127.0.0.1', DOMAIN_PATH, []],
    ['numeric top-level label', 'xilantea.123', DOMAIN_PATH, []],
    ['leading hyphen', '-xilantea.cn', DOMAIN_PATH, []],
    ['label of 64 characters', `${'a'.repeat(64)}.cn`, DOMAIN_PATH, []],
    ['label of 63 characters', `${'a'.repeat(63)}.cn`, [], []],
    ['URL instead of a domain', 'https://xilantea.cn/', DOMAIN_PATH, []],
    ['path after the domain', 'xilantea.cn/index.html', DOMAIN_PATH, []],
    ['slash after the domain', 'xilantea.cn/', DOMAIN_PATH, []],
    ['query after the domain', 'xilantea.cn?from=portal', DOMAIN_PATH, []],
    ['fragment after the domain', 'xilantea.cn#top', DOMAIN_PATH, []],
    ['backslash after the domain', 'xilantea.cn\\index', DOMAIN_PATH, []],
    ['percent-escaped dot', 'xilantea%2Ecn', DOMAIN_PATH, []],
    ['domain inside a path', 'xilantea.io/xilantea.cn', DOMAIN_PATH, []],
    ['.io is not approved', 'xilantea.io', [], DOMAIN_PATH],
    ['.top is approved', 'xilantea.top', [], []],
    ['.公司 is approved', '溪岚.公司', [], []],
  ])('%s', (_label, domain, invalid, notApproved) => {
    expect(rulePaths(websiteDomainInvalid, withDomain(domain))).toEqual(invalid);
    expect(rulePaths(websiteDomainTldNotApproved, withDomain(domain))).toEqual(notApproved);
  });
});

describe('website.domain.duplicate', () => {
  test('flags each website that holds the same domain', () => {
    const app = unitApplication();
    app.websites[1].domains = ['ChengYuXueTang.com.'];
    expect(rulePaths(websiteDomainDuplicate, app)).toEqual(['websites[0].domains[0]', 'websites[1].domains[0]']);
  });

  test('passes distinct domains', () => {
    expect(rulePaths(websiteDomainDuplicate, unitApplication())).toEqual([]);
  });

  test('flags a domain of another open submission', () => {
    const app = curtainApplication();
    const other = unitApplication();
    other.websites[0].domains = ['xilantea.cn'];
    const others = buildOthersView(app, { applications: [other] });
    expect(rulePaths(websiteDomainDuplicate, app, { others })).toEqual(DOMAIN_PATH);
  });

  test('ignores domains of approved filings', () => {
    const app = curtainApplication();
    const others = buildOthersView(app, { applications: [curtainApplication()], status: 'approved' });
    expect(rulePaths(websiteDomainDuplicate, app, { others })).toEqual([]);
  });
});

describe('website.domain.holder_mismatch', () => {
  test.each<[string, (app: Application) => void, string[]]>([
    ['held by the entity', () => {}, []],
    ['held by the legal person', (app) => { app.websites[0].domainHolder = '陈国栋'; }, []],
    ['held by another company', (app) => { app.websites[0].domainHolder = '厦门溪岚商贸有限公司'; }, ['websites[0].domainHolder']],
    ['holder left out', (app) => { delete app.websites[0].domainHolder; }, []],
    ['entity name left out, held by the legal person', (app) => { app.entity.name = ''; app.websites[0].domainHolder = '陈国栋'; }, []],
    ['full-width space in the holder', (app) => { app.websites[0].domainHolder = '厦门溪岚茶业有限公司　'; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(websiteDomainHolderMismatch, app)).toEqual(expected);
  });
});

describe('website.domain.expiring', () => {
  // Submitted 2026-11-10: 90 days later is 2027-02-08.
  test.each<[string, string | undefined, string[]]>([
    ['expires in years', '2028-03-15', []],
    ['expires exactly 90 days later', '2027-02-08', []],
    ['expires 89 days later', '2027-02-07', ['websites[0].domainExpiresAt']],
    ['already expired', '2026-10-01', ['websites[0].domainExpiresAt']],
    ['date left out', undefined, []],
  ])('%s', (_label, expiresAt, expected) => {
    const app = curtainApplication();
    app.websites[0].domainExpiresAt = expiresAt;
    expect(rulePaths(websiteDomainExpiring, app)).toEqual(expected);
  });
});
