import type { Region } from '../../application';
import { findRegion, hasSubRegions, type RegionLevel } from '../../regions';
import type { Rule } from '../rule';

const LEVEL_LABELS: Record<RegionLevel, string> = {
  province: '省级',
  city: '市级',
  district: '区县级',
};

/** Returns the Chinese description of the first problem, or null when the codes nest. */
function findRegionProblem(region: Region): string | null {
  const { province, city, district } = region;
  // A city without districts (东莞市) may repeat its own code as district.
  const cityAsDistrict = district !== '' && district === city && !hasSubRegions(city);
  for (const level of ['province', 'city', 'district'] as const) {
    const code = region[level];
    if (!code || (level === 'district' && cityAsDistrict)) continue;
    const record = findRegion(code);
    if (!record || record.level !== level) {
      return `${LEVEL_LABELS[level]}代码 ${code} 不是有效的${LEVEL_LABELS[level]}行政区划代码。`;
    }
  }
  if (province && city && city.slice(0, 2) !== province.slice(0, 2)) {
    return `市级代码 ${city} 不属于省级代码 ${province}。`;
  }
  if (city && district && !cityAsDistrict && district.slice(0, 4) !== city.slice(0, 4)) {
    return `区县级代码 ${district} 不属于市级代码 ${city}。`;
  }
  if (province && !city && district && district.slice(0, 2) !== province.slice(0, 2)) {
    return `区县级代码 ${district} 不属于省级代码 ${province}。`;
  }
  return null;
}

export const entityRegionInvalid: Rule = {
  id: 'entity.region.invalid',
  severity: 'error',
  title: '主办单位所在地区代码无效或层级不符',
  path: 'entity.region',
  suggestion: '请重新选择主办单位所在的省、市、区县，确保三者逐级隶属。',
  check(app) {
    const problem = findRegionProblem(app.entity.region);
    if (!problem) return [];
    return [{ path: 'entity.region', message: `主办单位所在地区：${problem}` }];
  },
};
