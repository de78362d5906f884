import { ENTITY_RULES } from './entity';
import { MATERIALS_RULES } from './materials';
import { PERSON_RULES } from './person';
import type { Rule } from './rule';
import { SITE_RULES } from './site';
import type { SiteRule } from './site';
import { SUBMISSION_RULES } from './submission';
import { WEBSITE_PRINCIPAL_RULES, WEBSITE_RULES } from './website';

/** Every rule that runs on an application, in the order of the rule catalogue. */
export const APPLICATION_RULES: readonly Rule[] = [
  ...ENTITY_RULES,
  ...PERSON_RULES,
  ...WEBSITE_PRINCIPAL_RULES,
  ...WEBSITE_RULES,
  ...SUBMISSION_RULES,
  ...MATERIALS_RULES,
];

/** Checks of the live websites, run by the console on demand and never in a dry run. */
export const LIVE_SITE_RULES: readonly SiteRule[] = SITE_RULES;

function assertUniqueIds(rules: ReadonlyArray<{ id: string }>): void {
  const seen = new Set<string>();
  for (const { id } of rules) {
    if (seen.has(id)) throw new Error(`Rule id registered twice: ${id}`);
    seen.add(id);
  }
}

assertUniqueIds([...APPLICATION_RULES, ...LIVE_SITE_RULES]);
