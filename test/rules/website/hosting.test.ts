import type { Application } from '../../../server/src/domain/application';
import { websiteAccessMethodUnexpected } from '../../../server/src/domain/rules/website/access-method-unexpected';
import { websiteFilingNumberInvalid } from '../../../server/src/domain/rules/website/filing-number-invalid';
import { websiteIpInvalid } from '../../../server/src/domain/rules/website/ip-invalid';
import { websiteIpNotProvider } from '../../../server/src/domain/rules/website/ip-not-provider';
import { websiteIpsMissing } from '../../../server/src/domain/rules/website/ips-missing';
import { websitePreApprovalDocumentMissing } from '../../../server/src/domain/rules/website/pre-approval-document-missing';
import { websiteServerOutsideMainland } from '../../../server/src/domain/rules/website/server-outside-mainland';
import { websiteServiceContentInvalid } from '../../../server/src/domain/rules/website/service-content-invalid';
import { curtainApplication, individualApplication, unitApplication } from '../support/applications';
import { DEFAULT_REFERENCE } from '../support/context';
import { rulePaths } from '../support/run-rule';

type Mutation = (app: Application) => void;

describe('website IP rules', () => {
  test.each<[string, string[], string[], string[], string[]]>([
    ['provider IPv4', ['203.0.113.21'], [], [], []],
    ['provider IPv6', ['2001:db8:35::10'], [], [], []],
    ['IPv4-mapped provider address', ['::ffff:198.51.100.7'], [], [], []],
    ['no address', [], ['websites[0].ips'], [], []],
    ['octet 256', ['203.0.113.256'], [], ['websites[0].ips[0]'], []],
    ['short IPv4 form', ['203.0.113'], [], ['websites[0].ips[0]'], []],
    ['IPv6 with a zone', ['fe80::1%eth0'], [], ['websites[0].ips[0]'], []],
    ['outside the ranges', ['192.0.2.15'], [], [], ['websites[0].ips[0]']],
    ['IPv6 outside the range', ['2001:db8:36::1'], [], [], ['websites[0].ips[0]']],
    ['second address outside', ['203.0.113.21', '192.0.2.15'], [], [], ['websites[0].ips[1]']],
  ])('%s', (_label, ips, missing, invalid, notProvider) => {
    const app = curtainApplication();
    app.websites[0].ips = ips;
    expect(rulePaths(websiteIpsMissing, app)).toEqual(missing);
    expect(rulePaths(websiteIpInvalid, app)).toEqual(invalid);
    expect(rulePaths(websiteIpNotProvider, app)).toEqual(notProvider);
  });

  test('reads the ranges of the reference data', () => {
    const app = curtainApplication();
    const reference = { ...DEFAULT_REFERENCE, providerIpRanges: ['192.0.2.0/25'] };
    app.websites[0].ips = ['192.0.2.15'];
    expect(rulePaths(websiteIpNotProvider, app, { reference })).toEqual([]);
  });
});

describe('website.server.outside_mainland', () => {
  test.each<[string, string, string[]]>([
    ['Xiamen', '350200', []],
    ['Hong Kong', 'hk', ['websites[0].serverRegion']],
    ['Macao', 'mo', ['websites[0].serverRegion']],
    ['Taiwan', 'tw', ['websites[0].serverRegion']],
    ['overseas', 'overseas', ['websites[0].serverRegion']],
    ['Hong Kong code', '810000', ['websites[0].serverRegion']],
    ['Taiwan code', '710000', ['websites[0].serverRegion']],
  ])('%s', (_label, region, expected) => {
    const app = curtainApplication();
    app.websites[0].serverRegion = region;
    expect(rulePaths(websiteServerOutsideMainland, app)).toEqual(expected);
  });
});

describe('website.service_content.invalid', () => {
  test.each<[string, () => Application, Application['websites'][0]['serviceContent'], string[]]>([
    ['unit portal', curtainApplication, ['corporate_portal'], []],
    ['unit webmail', curtainApplication, ['webmail'], []],
    ['unit personal space', curtainApplication, ['personal_space'], ['websites[0].serviceContent']],
    ['two values', curtainApplication, ['corporate_portal', 'webmail'], ['websites[0].serviceContent']],
    ['no value', curtainApplication, [], ['websites[0].serviceContent']],
    ['individual personal space', individualApplication, ['personal_space'], []],
    ['individual other', individualApplication, ['other'], []],
    ['individual portal', individualApplication, ['corporate_portal'], ['websites[0].serviceContent']],
  ])('%s', (_label, base, services, expected) => {
    const app = base();
    app.websites[0].serviceContent = services;
    expect(rulePaths(websiteServiceContentInvalid, app)).toEqual(expected);
  });
});

describe('website.pre_approval.document_missing', () => {
  const path = ['websites[1].preApprovals[0]'];

  test.each<[string, Mutation, string[]]>([
    ['number and document present', () => {}, []],
    ['number empty', (app) => { app.websites[1].preApprovals[0].approvalNumber = ''; }, path],
    ['number absent', (app) => { delete app.websites[1].preApprovals[0].approvalNumber; }, path],
    ['no material ids', (app) => { app.websites[1].preApprovals[0].materialIds = []; }, path],
    ['material of another kind', (app) => { app.websites[1].preApprovals[0].materialIds = ['entity-cert']; }, path],
    ['unknown material id', (app) => { app.websites[1].preApprovals[0].materialIds = ['missing']; }, path],
  ])('%s', (_label, mutate, expected) => {
    const app = unitApplication();
    mutate(app);
    expect(rulePaths(websitePreApprovalDocumentMissing, app)).toEqual(expected);
  });
});

describe('website.access_method.unexpected', () => {
  test.each<[string, Application['type'], Application['websites'][0]['accessMethod'], string[]]>([
    ['filed elsewhere, virtual host', 'new_website_filed_elsewhere', 'virtual_host', []],
    ['filed elsewhere, cloud server', 'new_website_filed_elsewhere', 'cloud_server', ['websites[0].accessMethod']],
    ['access transfer, dedicated', 'access_transfer', 'dedicated', ['websites[0].accessMethod']],
    ['new website, cloud server', 'new_website', 'cloud_server', []],
  ])('%s', (_label, type, method, expected) => {
    const app = individualApplication();
    app.type = type;
    app.websites[0].accessMethod = method;
    expect(rulePaths(websiteAccessMethodUnexpected, app)).toEqual(expected);
  });
});

describe('website.filing_number.invalid', () => {
  test.each<[string, Mutation, string[]]>([
    ['existing website with its number', () => {}, []],
    ['new website without a number', () => {}, []],
    ['existing website without a number', (app) => { delete app.websites[0].filingNumber; }, ['websites[0].filingNumber']],
    ['without the suffix', (app) => { app.websites[0].filingNumber = '浙ICP备2024012345号'; }, ['websites[0].filingNumber']],
    ['suffix with a leading zero', (app) => { app.websites[0].filingNumber = '浙ICP备2024012345号-01'; }, ['websites[0].filingNumber']],
    ['suffix zero', (app) => { app.websites[0].filingNumber = '浙ICP备2024012345号-0'; }, ['websites[0].filingNumber']],
    ['suffix 12', (app) => { app.websites[0].filingNumber = '浙ICP备2024012345号-12'; }, []],
    ['full-width hyphen', (app) => { app.websites[0].filingNumber = '浙ICP备2024012345号－1'; }, []],
    ['access transfer of a new website', (app) => { app.type = 'access_transfer'; }, ['websites[1].filingNumber']],
  ])('%s', (_label, mutate, expected) => {
    const app = unitApplication();
    mutate(app);
    expect(rulePaths(websiteFilingNumberInvalid, app)).toEqual(expected);
  });
});
