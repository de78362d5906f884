import type { Application } from '../../../server/src/domain/application';
import { normaliseApplication } from '../../../server/src/domain/normalise';
import { shanghaiDay } from '../../../server/src/domain/time';
import type { Rule, RuleHit } from '../../../server/src/domain/rules/rule';
import type { RuleContext } from '../../../server/src/domain/rules/types';
import { buildRuleContext } from './context';

/**
 * Normalises the application and runs one rule on its submission day (or
 * `overrides.today`); returns the rule's hits.
 */
export function runRule(rule: Rule, app: Application, overrides: Partial<RuleContext> = {}): RuleHit[] {
  const context = buildRuleContext({ today: shanghaiDay(app.submittedAt), ...overrides });
  return rule.check(normaliseApplication(app), context);
}

/** Returns the paths of the rule's hits, the usual thing a table of cases compares. */
export function rulePaths(rule: Rule, app: Application, overrides: Partial<RuleContext> = {}): string[] {
  return runRule(rule, app, overrides).map((hit) => hit.path);
}
