import type { Application } from '../../application';
import { parseWebsiteFilingNumber } from '../lib/filing-number';
import { compactText, pageLinks, pageText } from './html';
import { isReachable, type FetchedPage } from './page';
import { isFiledBefore } from './site-rule';

const MIIT_HOST = 'beian.miit.gov.cn';

export interface FooterFacts {
  websiteIndex: number;
  showsNumber: boolean;
  linksNumber: boolean;
}

/**
 * Reads, for each website filed before whose page arrived, whether the page
 * shows its filing number (the `-n` suffix may be left out) and whether a
 * link to beian.miit.gov.cn carries that number.
 */
export function readFooters(
  app: Application,
  pages: ReadonlyMap<number, FetchedPage>,
): FooterFacts[] {
  const facts: FooterFacts[] = [];
  app.websites.forEach((website, websiteIndex) => {
    const page = pages.get(websiteIndex);
    const number = parseWebsiteFilingNumber(website.filingNumber ?? '');
    if (!isFiledBefore(website) || !isReachable(page) || !number) return;
    const entityNumber = compactText(number.entityNumber);
    facts.push({
      websiteIndex,
      showsNumber: pageText(page.html).includes(entityNumber),
      linksNumber: pageLinks(page.html).some(
        (link) => isMiitLink(link.href, page.finalUrl ?? page.url) && link.text.includes(entityNumber),
      ),
    });
  });
  return facts;
}

function isMiitLink(href: string, base: string): boolean {
  try {
    const url = new URL(href, base);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === MIIT_HOST;
  } catch {
    return false;
  }
}
