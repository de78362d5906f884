import type { Region } from '../../application';
import {
  REGION_LEVELS,
  regionNamesAt,
  type NamedRegion,
  type RegionLevel,
  type RegionNameEntry,
} from '../../regions';

/** One region name read at the start of a text. */
export interface RegionNameRead {
  text: string;
  level: RegionLevel;
  start: number;
  end: number;
  /** Codes of every region of that level the name can stand for. */
  codes: string[];
  /** False when the selected region at that level is not among `codes`, null when that level was left out. */
  matchesSelected: boolean | null;
}

export interface RegionPrefix {
  reads: RegionNameRead[];
  /** Index of the first character after the region names and separators. */
  end: number;
}

const SEPARATOR = /[\s\p{P}]/u;

/**
 * A name followed by a street word is part of a street name (福建中路,
 * 湖里大道), not a region.
 */
const STREET_AFTER = /^[东西南北中]{0,2}(?:大道|大街|路|街|巷|胡同|弄)/;

/**
 * Reads the region names at the start of `text`, level by level (province,
 * city, district), each level optional. Province names and full city and
 * district names are recognised anywhere in the country. Short city and
 * district names are recognised only inside the province or city read
 * before, or the selected one where that level was left out. The longest
 * name wins, and on equal length the higher level. Reading stops at the
 * first text that is no region name.
 */
export function readRegionPrefix(text: string, selected: Region): RegionPrefix {
  const reads: RegionNameRead[] = [];
  let provincePrefix = selected.province.slice(0, 2);
  let cityPrefix = selected.city.slice(0, 4);
  let nextLevel = 0;
  let position = skipSeparators(text, 0);

  while (nextLevel < REGION_LEVELS.length && position < text.length) {
    const scope = { provincePrefix, cityPrefix, minimumLevel: nextLevel };
    const found = bestNameAt(text, position, scope);
    if (!found) break;

    const selectedCode = selected[found.entry.level];
    const codes = found.regions.map((region) => region.code);
    const matchesSelected = selectedCode ? codes.includes(selectedCode) : null;
    const end = position + found.entry.text.length;
    reads.push({
      text: found.entry.text,
      level: found.entry.level,
      start: position,
      end,
      codes,
      matchesSelected,
    });

    // Names below are scoped to the region just read: the selected one when
    // it matches, else the one region the name stands for, if unique.
    const scoped = matchesSelected
      ? selectedCode
      : codes.length === 1
        ? codes[0]
        : '';
    if (found.entry.level === 'province') provincePrefix = scoped.slice(0, 2);
    if (found.entry.level === 'city') cityPrefix = scoped.slice(0, 4);

    nextLevel = REGION_LEVELS.indexOf(found.entry.level) + 1;
    position = skipSeparators(text, end);
  }
  return { reads, end: position };
}

interface Scope {
  provincePrefix: string;
  cityPrefix: string;
  minimumLevel: number;
}

function bestNameAt(
  text: string,
  position: number,
  scope: Scope,
): { entry: RegionNameEntry; regions: NamedRegion[] } | null {
  for (const entry of regionNamesAt(text, position)) {
    if (REGION_LEVELS.indexOf(entry.level) < scope.minimumLevel) continue;
    if (STREET_AFTER.test(text.slice(position + entry.text.length))) continue;
    const regions = entry.regions.filter((region) =>
      isInScope(region, entry.level, scope),
    );
    if (regions.length > 0) return { entry, regions };
  }
  return null;
}

function isInScope(region: NamedRegion, level: RegionLevel, scope: Scope): boolean {
  if (!region.isShortName || level === 'province') return true;
  if (level === 'city') return region.provincePrefix === scope.provincePrefix;
  return region.cityPrefix === scope.cityPrefix;
}

function skipSeparators(text: string, position: number): number {
  let index = position;
  while (index < text.length && SEPARATOR.test(text[index])) index += 1;
  return index;
}
