/**
 * Editorial warnings about one extracted article: things that publish but are probably mistakes. They never stop
 * the article; `dateline check` and the build both report them.
 */
import type { ArticleFinding, ArticleRecord } from '../types.js';
import { isWebUrl } from './is-web-url.js';

/** Longer than any headline a newsroom would write; such a title is usually a paragraph pasted in the wrong place. */
export const MAX_TITLE_LENGTH = 200;

/** Front-matter keys that hold links: `url`, and any key ending in "url" or "link" (`sourceUrl`, `photo_link`). */
const LINK_KEY = /(?:url|link)$/i;

/** Warnings about front-matter links, an overlong title, a title without a body, and quotes without a speaker. */
export function lintArticle(record: ArticleRecord): ArticleFinding[] {
  const findings: ArticleFinding[] = [];
  for (const [key, value] of Object.entries(record.frontMatter)) {
    if (!LINK_KEY.test(key) || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const link = String(value).trim();
    if (!link || isWebUrl(link)) continue;
    findings.push({
      anchor: { kind: 'key', key },
      reason: `"${key}" (${excerpt(link)}) is not an http or https address, so it is not linked. Give the full web address, starting with https://.`,
      ruleId: 'front-matter-url',
    });
  }
  if (!record.titleDerived && record.title.length > MAX_TITLE_LENGTH) {
    findings.push({
      anchor: { kind: 'title' },
      reason: `The title is ${record.title.length.toLocaleString('en')} characters long, more than a headline can carry (${MAX_TITLE_LENGTH}). Shorten it, and move the rest into the body or the "summary".`,
      ruleId: 'title-too-long',
    });
  }
  if (record.body.length === 0) {
    findings.push({ anchor: { kind: 'body' }, reason: 'The article has a title but no text, so its page is empty. Write its body, or remove the file.', ruleId: 'article-empty' });
  }
  for (const quote of record.quotes) {
    if (quote.speaker.name) continue;
    findings.push({
      // Point at the opening quotation mark, just before the quote's text.
      anchor: { kind: 'paragraph', paragraph: quote.paragraph, offset: Math.max(0, quote.start - 1) },
      reason: `No speaker was found for the quote “${excerpt(quote.text)}”. Say who said it (“…,” she said), or check its quotation marks.`,
      ruleId: 'quote-speaker-missing',
    });
  }
  return findings;
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text;
}
