import type { Application, Website } from '../../application';
import type { Severity } from '../types';
import type { RuleHit } from '../rule';
import type { FetchedPage } from './page';

/** A check of the live websites: a pure function over the application and the fetched pages. */
export interface SiteRule {
  id: string;
  severity: Severity;
  title: string;
  path: string;
  suggestion: string;
  check(app: Application, pages: ReadonlyMap<number, FetchedPage>): RuleHit[];
}

/** Websites filed before, whose live pages are checked: status `existing` or `modified`. */
export function isFiledBefore(website: Website): boolean {
  return website.status === 'existing' || website.status === 'modified';
}
