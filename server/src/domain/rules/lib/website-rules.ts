import type { Application, Website } from '../../application';
import type { RuleContext } from '../types';
import type { RuleHit } from '../rule';

/**
 * Runs a check on each website and collects its hits; the check returns
 * the hit's message, or null when the website passes.
 */
export function checkEachWebsite(
  app: Application,
  ctx: RuleContext,
  path: (index: number) => string,
  check: (website: Website, index: number) => string | null,
): RuleHit[] {
  const hits: RuleHit[] = [];
  app.websites.forEach((website, index) => {
    const message = check(website, index);
    if (message) hits.push({ path: path(index), message });
  });
  return hits;
}
