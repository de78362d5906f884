import type { Application } from '../../application';
import type { EvaluationResult } from '../types';
import { applyRules } from '../apply';
import { siteFooterFilingNumberMissing } from './footer-filing-number-missing';
import { siteFooterMiitLinkMissing } from './footer-miit-link-missing';
import type { FetchedPage } from './page';
import type { SiteRule } from './site-rule';
import { siteTitleMismatch } from './title-mismatch';
import { siteUnreachable } from './unreachable';

export type { FetchedPage } from './page';
export type { SiteRule } from './site-rule';
export { isFiledBefore } from './site-rule';

export const SITE_RULES: readonly SiteRule[] = [
  siteUnreachable,
  siteFooterFilingNumberMissing,
  siteFooterMiitLinkMissing,
  siteTitleMismatch,
];

/**
 * Runs the live-website rules on a normalised application and the pages
 * fetched for its websites (by website index). Never part of a dry run.
 */
export function evaluateSiteRules(
  app: Application,
  pages: ReadonlyMap<number, FetchedPage>,
): EvaluationResult {
  return applyRules(SITE_RULES, (rule) => rule.check(app, pages));
}
