/**
 * Compares the key sets of the Chinese and English message catalogues:
 * react-admin's keys against ra-language-english, the console's own keys
 * between zh and en. Exits with 1 and lists the differences when they differ.
 *
 * Run: npx tsx admin-ui/scripts/check-i18n-keys.ts
 */
import englishMessages from 'ra-language-english';

import { appEnglish } from '../src/i18n/en';
import { appChinese } from '../src/i18n/zh';
import { raChinese } from '../src/i18n/zh-ra';

type Tree = { [key: string]: unknown };

const flattenKeys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? flattenKeys(value as Tree, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );

const compare = (label: string, expected: Tree, actual: Tree): number => {
  const expectedKeys = new Set(flattenKeys(expected));
  const actualKeys = new Set(flattenKeys(actual));
  const missing = [...expectedKeys].filter((key) => !actualKeys.has(key));
  const extra = [...actualKeys].filter((key) => !expectedKeys.has(key));
  console.log(`${label}: ${expectedKeys.size} keys expected, ${actualKeys.size} present`);
  for (const key of missing) console.log(`  missing: ${key}`);
  for (const key of extra) console.log(`  unexpected: ${key}`);
  return missing.length + extra.length;
};

const problems =
  compare('react-admin keys, zh vs ra-language-english', englishMessages as Tree, raChinese as Tree) +
  compare('console keys, en vs zh', appChinese as Tree, appEnglish as Tree);

if (problems > 0) {
  console.log(`${problems} key differences`);
  process.exit(1);
}
console.log('message catalogues complete');
