/**
 * Just enough HTML reading for the footer and title checks: text without
 * tags, the <title>, and the links. A regular-expression reading, not a
 * full parser: it does not run scripts, so text that scripts write is not seen.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
};

const HIDDEN_BLOCKS = /<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG = /<[^>]*>/g;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;
const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi;

export interface PageLink {
  href: string;
  /** Link text, compacted as by `compactText`. */
  text: string;
}

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal, hex, name) => {
    if (decimal) return safeCodePoint(Number(decimal), whole);
    if (hex) return safeCodePoint(Number.parseInt(hex, 16), whole);
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Returns text in NFKC without any whitespace, so that line breaks and spaces inside a number do not matter. */
export function compactText(text: string): string {
  return decodeEntities(text).normalize('NFKC').replace(/\s+/g, '');
}

/** Returns the visible text of the page, compacted. */
export function pageText(html: string): string {
  return compactText(html.replace(HIDDEN_BLOCKS, ' ').replace(TAG, ' '));
}

/** Returns the page's <title>, compacted, or null when it has none. */
export function pageTitle(html: string): string | null {
  const match = TITLE.exec(html);
  return match ? compactText(match[1].replace(TAG, ' ')) : null;
}

export function pageLinks(html: string): PageLink[] {
  const links: PageLink[] = [];
  for (const match of html.replace(HIDDEN_BLOCKS, ' ').matchAll(ANCHOR)) {
    const href = HREF.exec(match[1]);
    if (!href) continue;
    links.push({
      href: decodeEntities(href[1] ?? href[2] ?? href[3]).trim(),
      text: compactText(match[2].replace(TAG, ' ')),
    });
  }
  return links;
}

function safeCodePoint(codePoint: number, fallback: string): string {
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : fallback;
}
