import { shortRegionName } from '../../../server/src/domain/region-names';
import {
  findRegion,
  hasSubRegions,
  isRegionCode,
  provinceName,
} from '../../../server/src/domain/regions';
import { readRegionPrefix } from '../../../server/src/domain/rules/lib/region-reader';

describe('shortRegionName', () => {
  test.each([
    ['福建省', '福建'],
    ['厦门市', '厦门'],
    ['思明区', '思明'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['内蒙古自治区', '内蒙古'],
    ['香港特别行政区', '香港'],
    ['延边朝鲜族自治州', '延边'],
    ['巴音郭楞蒙古自治州', '巴音郭楞'],
    ['恩施土家族苗族自治州', '恩施'],
    ['大兴安岭地区', '大兴安岭'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['浦东新区', '浦东'],
    ['清新区', '清新'],
    ['融水苗族自治县', '融水'],
    ['塔什库尔干塔吉克自治县', '塔什库尔干'],
    ['东乡族自治县', '东乡'],
    ['南京市', '南京'],
  ])('%s → %s', (full, short) => {
    expect(shortRegionName(full)).toBe(short);
  });

  test.each(['赵县', '城区', '土默特左旗'])('%s has none', (full) => {
    expect(shortRegionName(full)).toBeNull();
  });
});

describe('region index', () => {
  test('finds current codes with their level', () => {
    expect(findRegion('350203')).toMatchObject({ name: '思明区', level: 'district', current: true });
  });

  test('keeps codes of earlier editions', () => {
    expect(findRegion('110103')).toMatchObject({ name: '崇文区', current: false });
  });

  test.each([
    ['510122', '双流县'],
    ['370181', '章丘市'],
    ['371202', '莱城区'],
    ['330183', '富阳市'],
  ])('keeps %s %s of the 2002–2016 editions', (code, name) => {
    expect(findRegion(code)).toMatchObject({ name, level: 'district', current: false });
  });

  test('a code renamed since keeps its current name', () => {
    expect(findRegion('510116')).toMatchObject({ name: '双流区', current: true });
  });

  test('lists municipality groups', () => {
    expect(isRegionCode('110100')).toBe(true);
    expect(isRegionCode('500200')).toBe(true);
  });

  test('leaves out statistics-only development zones', () => {
    expect(isRegionCode('370171')).toBe(false);
  });

  test('knows which codes have sub-regions', () => {
    expect(hasSubRegions('350200')).toBe(true);
    expect(hasSubRegions('441900')).toBe(false);
  });

  test('names provinces from either code form', () => {
    expect(provinceName('350000')).toBe('福建省');
    expect(provinceName('35')).toBe('福建省');
    expect(provinceName('99')).toBeNull();
  });
});

describe('readRegionPrefix', () => {
  const xiamen = { province: '350000', city: '350200', district: '350203' };
  const read = (text: string, selected = xiamen) =>
    readRegionPrefix(text, selected).reads.map((r) => [r.text, r.level, r.matchesSelected]);

  test('reads full names level by level', () => {
    expect(read('福建省厦门市思明区岚湾路18号')).toEqual([
      ['福建省', 'province', true],
      ['厦门市', 'city', true],
      ['思明区', 'district', true],
    ]);
  });

  test('reads short names inside the selected region', () => {
    expect(read('厦门思明岚湾路')).toEqual([
      ['厦门', 'city', true],
      ['思明', 'district', true],
    ]);
  });

  test('skips spaces and punctuation between names', () => {
    expect(read('福建，厦门 思明区')).toHaveLength(3);
  });

  test('recognises a full city name of another province', () => {
    expect(read('苏州市姑苏区人民路')[0]).toEqual(['苏州市', 'city', false]);
  });

  test('ignores a short city name of another province', () => {
    expect(read('苏州姑苏')).toEqual([]);
  });

  test('stops at a street name', () => {
    expect(read('福建省厦门市思明区湖滨南路')).toHaveLength(3);
    expect(read('福建中路1号')).toEqual([]);
    expect(read('厦门市湖里大道')).toEqual([['厦门市', 'city', true]]);
  });

  test('prefers the higher level on equal length', () => {
    const jilin = { province: '220000', city: '220200', district: '220202' };
    expect(read('吉林省吉林市昌邑区', jilin)).toEqual([
      ['吉林省', 'province', true],
      ['吉林市', 'city', true],
      ['昌邑区', 'district', true],
    ]);
  });

  test('matches a district name shared by several cities', () => {
    const beijing = { province: '110000', city: '110100', district: '110105' };
    expect(read('北京朝阳区', beijing)).toEqual([
      ['北京', 'province', true],
      ['朝阳区', 'district', true],
    ]);
  });

  test('returns the end of the region names', () => {
    expect(readRegionPrefix('厦门溪岚茶业有限公司', xiamen).end).toBe(2);
  });
});
