import { findRegion, type RegionLevel } from '../../regions';
import type { Rule } from '../rule';
import { isBlank } from '../lib/application-parts';
import { readRegionPrefix } from '../lib/region-reader';

const LEVEL_LABELS: Record<RegionLevel, string> = {
  province: '省份',
  city: '城市',
  district: '区县',
};

export const entityAddressRegionMismatch: Rule = {
  id: 'entity.address.region_mismatch',
  severity: 'error',
  title: '通讯地址与所选地区不一致',
  path: 'entity.mailingAddress',
  suggestion: '通讯地址须位于所选的主办单位所在地区：请更正通讯地址，或重新选择省、市、区县。',
  check(app) {
    const { mailingAddress, region } = app.entity;
    if (isBlank(mailingAddress)) return [];
    const mismatch = readRegionPrefix(mailingAddress, region).reads.find(
      (read) => read.matchesSelected === false,
    );
    if (!mismatch) return [];
    const selectedName = findRegion(region[mismatch.level])?.name ?? region[mismatch.level];
    return [
      {
        path: 'entity.mailingAddress',
        message: `通讯地址中的“${mismatch.text}”与所选${LEVEL_LABELS[mismatch.level]}“${selectedName}”不一致。`,
      },
    ];
  },
};
