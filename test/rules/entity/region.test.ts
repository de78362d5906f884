import type { Application, Region } from '../../../server/src/domain/application';
import { entityAddressRegionMismatch } from '../../../server/src/domain/rules/entity/address-region-mismatch';
import { entityRegionCertificateElsewhere } from '../../../server/src/domain/rules/entity/region-certificate-elsewhere';
import { entityRegionInvalid } from '../../../server/src/domain/rules/entity/region-invalid';
import { curtainApplication, individualApplication } from '../support/applications';
import { rulePaths, runRule } from '../support/run-rule';

describe('entity.region.invalid', () => {
  test.each<[string, Region, string[]]>([
    ['Xiamen Siming', { province: '350000', city: '350200', district: '350203' }, []],
    ['Beijing Chaoyang', { province: '110000', city: '110100', district: '110105' }, []],
    ['Chongqing county', { province: '500000', city: '500200', district: '500229' }, []],
    ['Jiyuan under the direct group', { province: '410000', city: '419000', district: '419001' }, []],
    ['Dongguan without district', { province: '440000', city: '441900', district: '' }, []],
    ['Dongguan repeating the city', { province: '440000', city: '441900', district: '441900' }, []],
    ['abolished Chongwen district', { province: '110000', city: '110100', district: '110103' }, []],
    ['Shuangliu county of the 2016 edition', { province: '510000', city: '510100', district: '510122' }, []],
    ['Laicheng district abolished in 2019', { province: '370000', city: '371200', district: '371202' }, []],
    ['district of another city', { province: '350000', city: '350200', district: '350102' }, ['entity.region']],
    ['city of another province', { province: '350000', city: '330100', district: '330106' }, ['entity.region']],
    ['unknown code', { province: '350000', city: '350200', district: '350299' }, ['entity.region']],
    ['city code at province level', { province: '350200', city: '350200', district: '350203' }, ['entity.region']],
    ['city repeated as district where districts exist', { province: '350000', city: '350200', district: '350200' }, ['entity.region']],
  ])('%s', (_label, region, expected) => {
    const app = curtainApplication();
    app.entity.region = region;
    expect(rulePaths(entityRegionInvalid, app)).toEqual(expected);
  });
});

describe('entity.address.region_mismatch', () => {
  test.each<[string, string, string[]]>([
    ['full prefix', '福建省厦门市思明区岚湾路18号501室', []],
    ['short names', '厦门思明岚湾路18号', []],
    ['no region name', '岚湾路18号501室', []],
    ['street after the prefix', '福建省厦门市思明区湖滨南路88号', []],
    ['street name that is a province', '福建中路88号', []],
    ['province only', '福建省岚湾路18号', []],
    ['another city of the province', '福建省福州市鼓楼区五四路88号', ['entity.mailingAddress']],
    ['a full city elsewhere', '苏州市姑苏区人民路100号', ['entity.mailingAddress']],
    ['another province', '浙江省杭州市西湖区', ['entity.mailingAddress']],
    ['another district of the city', '厦门市湖里区华光路', ['entity.mailingAddress']],
    ['separators between names', '福建省，厦门市 思明区岚湾路', []],
    ['empty address', '', []],
  ])('%s', (_label, address, expected) => {
    const app = curtainApplication();
    app.entity.mailingAddress = address;
    expect(rulePaths(entityAddressRegionMismatch, app)).toEqual(expected);
  });

  test('message names what was read and what was selected', () => {
    const app = curtainApplication();
    app.entity.mailingAddress = '福建省福州市鼓楼区五四路88号';
    expect(runRule(entityAddressRegionMismatch, app)[0].message).toContain('“福州市”与所选城市“厦门市”');
  });

  test('a left-out district is not compared', () => {
    const app = curtainApplication();
    app.entity.region.district = '';
    app.entity.mailingAddress = '厦门市湖里区华光路';
    expect(rulePaths(entityAddressRegionMismatch, app)).toEqual([]);
  });
});

describe('entity.region.certificate_elsewhere', () => {
  test.each<[string, (app: Application) => void, string[]]>([
    ['credit code of the province', () => {}, []],
    ['credit code of Zhejiang', (app) => { app.entity.certificateNumber = '91330106582431707U'; }, ['entity.region.province']],
    ['national credit code', (app) => { app.entity.certificateNumber = '91100000582431707X'; }, []],
    ['malformed credit code', (app) => { app.entity.certificateNumber = '913301065O2431707U'; }, []],
    ['left-out province', (app) => { app.entity.certificateNumber = '91330106582431707U'; app.entity.region.province = ''; }, []],
  ])('%s', (_label, mutate, expected) => {
    const app = curtainApplication();
    mutate(app);
    expect(rulePaths(entityRegionCertificateElsewhere, app)).toEqual(expected);
  });

  test.each<[string, string, string[]]>([
    ['individual of the province', '320102199103051390', []],
    ['individual with a Fujian ID', '35010219920903069X', ['entity.region.province']],
  ])('%s', (_label, number, expected) => {
    const app = individualApplication();
    app.entity.certificateNumber = number;
    expect(rulePaths(entityRegionCertificateElsewhere, app)).toEqual(expected);
  });
});
