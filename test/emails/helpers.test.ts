import {
  escapeHtml,
  fieldLabel,
  maskIdNumber,
  maskMobile,
} from '../../server/src/domain/emails';

describe('fieldLabel', () => {
  test.each([
    ['websites[1].principal.mobile', '网站2 负责人 手机号码'],
    ['entity.principal.name', '主体 负责人 姓名'],
    ['entity.name', '主体 名称'],
    ['entity.legalPerson.idNumber', '主体 法定代表人 证件号码'],
    ['entity.region.province', '主体 所在地区 省份'],
    ['entity.certificateAddress', '主体 证件住所'],
    ['websites[0].domains[2]', '网站1 域名3'],
    ['websites[0].name', '网站1 名称'],
    ['websites[0].ips[0]', '网站1 IP地址1'],
    ['websites[2].preApprovals[0].approvalNumber', '网站3 前置审批1 审批文号'],
    ['previous.entity.name', '变更前 主体 名称'],
    ['materials', '材料'],
    ['websites', '网站'],
    ['entity.unknownField', '主体 unknownField'],
    ['', ''],
  ])('%p is %p', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});

describe('maskIdNumber', () => {
  test.each([
    ['350203197203150319', '3502**********0319'],
    ['35020319900101002X', '3502**********002X'],
    ['91350203MA31234567', '9135**********4567'],
    ['E12345678', 'E1*****78'],
    ['H1234', 'H1*34'],
    ['1234', '****'],
    ['', ''],
    ['3502**********0319', '3502**********0319'],
  ])('%p is %p', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });
});

describe('maskMobile', () => {
  test.each([
    ['13906001287', '139****1287'],
    ['+86 139-0600-1287', '139****1287'],
    ['008613906001287', '139****1287'],
    ['0592-5551234', '059****1234'],
    ['12345', '***45'],
    ['139****1287', '139****1287'],
  ])('%p is %p', (value, masked) => {
    expect(maskMobile(value)).toBe(masked);
  });
});

describe('escapeHtml', () => {
  test('escapes the five specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  test('leaves Chinese text alone', () => {
    expect(escapeHtml('厦门鹭岛茶业有限公司')).toBe('厦门鹭岛茶业有限公司');
  });
});
