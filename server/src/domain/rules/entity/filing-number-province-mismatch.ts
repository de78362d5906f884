import { provinceName } from '../../regions';
import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { parseEntityFilingNumber } from '../lib/filing-number';

export const entityFilingNumberProvinceMismatch: Rule = {
  id: 'entity.filing_number.province_mismatch',
  severity: 'warning',
  title: '主体备案号的省份与所选省份不同',
  path: 'entity.filingNumber',
  suggestion: '请核对主体备案号与所选省份：备案号的省份简称应为主办单位所在省份（川/蜀、贵/黔、云/滇、甘/陇视为相同）。',
  check(app) {
    const { filingNumber, region } = app.entity;
    if (isBlank(filingNumber) || !region.province) return [];
    const parsed = parseEntityFilingNumber(filingNumber);
    if (!parsed || parsed.provincePrefix === region.province.slice(0, 2)) return [];
    return [
      {
        path: 'entity.filingNumber',
        message: `主体备案号的省份简称“${parsed.abbreviation}”与所选省份${provinceName(region.province) ?? region.province}不同。`,
      },
    ];
  },
};
