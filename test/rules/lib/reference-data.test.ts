import { buildReferenceData, type ReferenceRow } from '../../../server/src/domain/reference-data';
import { loadDefaultReferenceData, loadDefaultReferenceRows } from '../../../server/src/domain/reference-files';

const row = (fields: Partial<ReferenceRow> & Pick<ReferenceRow, 'kind' | 'value'>): ReferenceRow => ({
  effectiveFrom: '2020-01-01',
  source: 'test',
  ...fields,
});

describe('buildReferenceData', () => {
  test('stores TLDs in punycode without a dot', () => {
    const data = buildReferenceData([
      row({ kind: 'approved_tld', value: '中国' }),
      row({ kind: 'approved_tld', value: '.CN' }),
    ]);
    expect([...data.approvedTlds]).toEqual(['xn--fiqs8s', 'cn']);
  });

  test('keeps the latest minimum age per province and kind', () => {
    const data = buildReferenceData([
      row({ kind: 'minimum_age', value: '山东省', provinceCode: '37', appliesTo: 'unit', minimumAge: 18, effectiveFrom: '2020-01-01' }),
      row({ kind: 'minimum_age', value: '山东省', provinceCode: '37', appliesTo: 'unit', minimumAge: 16, effectiveFrom: '2024-01-01' }),
      row({ kind: 'minimum_age', value: '山东省', provinceCode: '37', appliesTo: 'individual', minimumAge: 18 }),
    ]);
    expect(data.minimumAges).toEqual([
      { provinceCode: '37', appliesTo: 'unit', minimumAge: 16 },
      { provinceCode: '37', appliesTo: 'individual', minimumAge: 18 },
    ]);
  });

  test('separates provincial personal-restricted words', () => {
    const data = buildReferenceData([
      row({ kind: 'personal_restricted_word', value: '论坛' }),
      row({ kind: 'personal_restricted_word', value: '商城', provinceCode: '33' }),
    ]);
    expect(data.personalRestrictedWords).toEqual(['论坛']);
    expect(data.personalRestrictedWordsByProvince?.get('33')).toEqual(['商城']);
  });
});

describe('default reference files', () => {
  const rows = loadDefaultReferenceRows();

  test('every row names a source and a date', () => {
    for (const each of rows) {
      expect(each.source).not.toBe('');
      expect(each.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('hold the catalogue lists', () => {
    const data = loadDefaultReferenceData();
    expect(data.approvedTlds.has('cn')).toBe(true);
    expect(data.approvedTlds.has('xn--fiqs8s')).toBe(true);
    expect(data.approvedTlds.size).toBe(95);
    expect(data.forbiddenWords).toEqual(['反腐', '赌博', '廉政', '色情']);
    expect(data.reservedWords).toHaveLength(7);
    expect(data.personalRestrictedWords).toHaveLength(20);
    expect(data.providerIpRanges).toEqual(['203.0.113.0/24', '198.51.100.0/24', '2001:db8:35::/48']);
    expect(data.minimumAges).toHaveLength(18);
  });

  test('leave out rows effective after the day', () => {
    expect(loadDefaultReferenceData('2016-12-31').approvedTlds.size).toBe(0);
  });
});
