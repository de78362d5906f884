/**
 * ICP filing numbers: `<province>ICP备<8 or 10 digits>号` for an entity,
 * with `-<n>` for one of its websites.
 */

/** Province abbreviations and their GB/T 2260 province prefixes; 蜀, 黔, 滇 and 陇 are aliases. */
export const FILING_PROVINCE_PREFIXES: Readonly<Record<string, string>> = {
  京: '11', 津: '12', 冀: '13', 晋: '14', 蒙: '15',
  辽: '21', 吉: '22', 黑: '23',
  沪: '31', 苏: '32', 浙: '33', 皖: '34', 闽: '35', 赣: '36', 鲁: '37',
  豫: '41', 鄂: '42', 湘: '43', 粤: '44', 桂: '45', 琼: '46',
  渝: '50', 川: '51', 蜀: '51', 贵: '52', 黔: '52', 云: '53', 滇: '53', 藏: '54',
  陕: '61', 甘: '62', 陇: '62', 青: '63', 宁: '64', 新: '65',
};

const PROVINCES = Object.keys(FILING_PROVINCE_PREFIXES).join('');
const ENTITY_NUMBER = new RegExp(`^([${PROVINCES}])ICP备(\\d{8}|\\d{10})号$`);
const WEBSITE_NUMBER = new RegExp(
  `^([${PROVINCES}])ICP备(\\d{8}|\\d{10})号-([1-9]\\d*)$`,
);

export interface FilingNumber {
  abbreviation: string;
  /** First two digits of the GB/T 2260 province code. */
  provincePrefix: string;
  digits: string;
  /** The website's sequence number, for website filing numbers. */
  sequence?: number;
  /** The entity part, `闽ICP备12345678号`. */
  entityNumber: string;
}

export function parseEntityFilingNumber(text: string): FilingNumber | null {
  const match = ENTITY_NUMBER.exec(text);
  if (!match) return null;
  return toFilingNumber(match[1], match[2]);
}

export function parseWebsiteFilingNumber(text: string): FilingNumber | null {
  const match = WEBSITE_NUMBER.exec(text);
  if (!match) return null;
  return { ...toFilingNumber(match[1], match[2]), sequence: Number(match[3]) };
}

function toFilingNumber(abbreviation: string, digits: string): FilingNumber {
  return {
    abbreviation,
    provincePrefix: FILING_PROVINCE_PREFIXES[abbreviation],
    digits,
    entityNumber: `${abbreviation}ICP备${digits}号`,
  };
}
