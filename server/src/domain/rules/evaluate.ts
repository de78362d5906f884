import type { Application } from '../application';
import { applyRules } from './apply';
import { APPLICATION_RULES, LIVE_SITE_RULES } from './registry';
import type { EvaluationResult, RuleContext, Severity } from './types';

/** A rule as the console's catalogue and the reason-template seed list it. */
export interface RuleSummary {
  id: string;
  severity: Severity;
  /** Chinese statement of the problem. */
  title: string;
  /** Chinese text: how to fix it. */
  suggestion: string;
  /** The field path its findings point at, with `[i]` as a placeholder for an index. */
  path: string;
  /** `application` rules run on every check; `live_site` rules only when the console fetches the websites. */
  scope: 'application' | 'live_site';
}

/**
 * Runs every application rule on a normalised application (see
 * `normaliseApplication`). Returns the findings, and in `passed` the ids of
 * the rules that found nothing. Pure: the day and all stored facts come in
 * `ctx`. The live-website rules are not run here (see `evaluateSiteRules`).
 */
export function evaluateRules(normalisedApp: Application, ctx: RuleContext): EvaluationResult {
  return applyRules(APPLICATION_RULES, (rule) => rule.check(normalisedApp, ctx));
}

/** Lists every rule, the live-website ones included, in catalogue order. */
export function listRules(): RuleSummary[] {
  const summarise = (scope: RuleSummary['scope']) =>
    (rule: { id: string; severity: Severity; title: string; suggestion: string; path: string }) => ({
      id: rule.id,
      severity: rule.severity,
      title: rule.title,
      suggestion: rule.suggestion,
      path: rule.path,
      scope,
    });
  return [
    ...APPLICATION_RULES.map(summarise('application')),
    ...LIVE_SITE_RULES.map(summarise('live_site')),
  ];
}
