import type { RuleHit } from './rule';
import type { EvaluationResult, Finding, Severity } from './types';

interface RuleMeta {
  id: string;
  severity: Severity;
  suggestion: string;
}

/**
 * Runs each rule through `run`, adds the rule's id, severity and (where the
 * hit has none) suggestion to its hits, and lists the rules that found nothing.
 */
export function applyRules<R extends RuleMeta>(
  rules: readonly R[],
  run: (rule: R) => RuleHit[],
): EvaluationResult {
  const findings: Finding[] = [];
  const passed: string[] = [];
  for (const rule of rules) {
    const hits = run(rule);
    if (hits.length === 0) {
      passed.push(rule.id);
      continue;
    }
    for (const hit of hits) {
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        path: hit.path,
        message: hit.message,
        suggestion: hit.suggestion ?? rule.suggestion,
      });
    }
  }
  return { findings, passed };
}
