import type { Application } from '../application';
import type { RuleContext, Severity } from './types';

/** One problem a rule reports, before the rule's id and severity are added. */
export interface RuleHit {
  path: string;
  /** Chinese text: what is wrong, naming the field and, where useful, the value. */
  message: string;
  /** Chinese text: how to fix it; the rule's own suggestion when absent. */
  suggestion?: string;
}

/**
 * An automatic check, like an ESLint rule: its id, severity and default
 * path beside one pure function over the normalised application.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** Chinese one-line statement of the problem, also the text of its rejection-reason template. */
  title: string;
  /** The field path the findings point at, with `[i]` and `[j]` as placeholders for indexes. */
  path: string;
  /** Chinese text: how the applicant fixes the problem. */
  suggestion: string;
  check(app: Application, ctx: RuleContext): RuleHit[];
}
