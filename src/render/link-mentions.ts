/**
 * Turns the mention markers mark-body left in the body HTML (`<span data-person="N">…</span>`, N indexing the
 * record's `people`) into links to people's pages: the first mention of each person becomes a link, the others
 * plain text. The markers are our own output and article text in the HTML is escaped, so a marker cannot be faked
 * by an article and never holds another span.
 */

import type { ArticleRecord } from '../types.js';
import { paths } from './urls.js';

const MARKER = /<span data-person="(\d+)">([\s\S]*?)<\/span>/g;

/** An article's paragraphs as HTML with people linked; `toUrl` makes a page's URL (based, or absolute for feeds). */
export function articleBodyHtml(article: ArticleRecord, personSlugs: Array<string | null>, toUrl: (sitePath: string) => string): string[] {
  return linkMentions(
    article.body.map((paragraph) => paragraph.html),
    (person) => {
      const slug = personSlugs[person];
      return slug ? toUrl(paths.person(slug)) : undefined;
    },
  );
}

/** The paragraphs' HTML with first mentions linked; `hrefOf(N)` is person N's page, or undefined for no link. */
export function linkMentions(paragraphs: string[], hrefOf: (person: number) => string | undefined): string[] {
  const linked = new Set<string>();
  return paragraphs.map((html) =>
    html.replace(MARKER, (_, person: string, inner: string) => {
      const href = hrefOf(Number(person));
      if (!href || linked.has(href)) return inner;
      linked.add(href);
      return `<a class="person-link" href="${escapeAttribute(href)}">${inner}</a>`;
    }),
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
