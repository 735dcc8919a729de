/**
 * The helpers templates get beyond URLs and labels: an article's body with its people linked, JSON-LD, and
 * citation lines. Everything that returns HTML or JSON builds it safely here, so templates print it with `<%~`.
 */
import type { ArchivePerson, ArchiveQuote, ArticleRecord } from '../types.js';
import type { ArticlePerson } from './article-people-and-quotes.js';
import type { QuoteEntry } from './plan-quote-routes.js';
import type { Config } from '../config/load-config.js';
import type { UrlHelper } from './urls.js';
import { paths } from './urls.js';
import { dayLabel } from './plan-routes.js';
import { articleBodyHtml } from './link-mentions.js';
import { articleJsonLd, personJsonLd, quoteJsonLd, serializeJsonLd, type JsonLdContext } from './json-ld.js';
import { dayStart } from './day-start.js';
import { letterLabel, letterOf } from './people-letters.js';

/** Makes the template helpers for a config and its URL helper. */
export function createTemplateHelpers(config: Readonly<Config>, urls: UrlHelper) {
  // A citation is copied out of the site, where a path such as /quotes/ab12/ leads nowhere: without an origin
  // (a base URL that is only a path) it ends at the date.
  const permalink = (sitePath: string): string => (config.origin ? ` ${urls.absoluteUrl(sitePath)}` : '');
  const context: JsonLdContext = { absoluteUrl: urls.absoluteUrl, timeZone: config.timeZone, language: config.language, siteTitle: config.title };
  return {
    /** The article's paragraphs as HTML, the first mention of each person linked to their page. */
    bodyHtml: (article: ArticleRecord, personSlugs: Array<string | null>): string[] => articleBodyHtml(article, personSlugs, urls.url),
    /** A value as JSON-LD that is safe inside `<script type="application/ld+json">`. */
    jsonLd: serializeJsonLd,
    articleJsonLd: (article: ArticleRecord, people: ArticlePerson[], quotes: QuoteEntry[]) => articleJsonLd(article, people, quotes, context),
    personJsonLd: (person: ArchivePerson) => personJsonLd(person, context),
    quoteJsonLd: (entry: QuoteEntry) => quoteJsonLd(entry, context),
    /** The letter of the people index a person is filed under (`T` for Donald Trump, `#` for a non-Latin name). */
    peopleLetterOf: (person: Pick<ArchivePerson, 'sortKey'>): string => letterOf(person.sortKey),
    /** A letter of the people index as headings and links name it ("Other names" for `#`). */
    peopleLetterLabel: letterLabel,
    /**
     * A quote's words as shown on their own between quotation marks: the comma, semicolon or colon that ended them
     * before their attribution ("Heartbroken and numb," he wrote) is left out. Context and citations keep it.
     */
    shownQuote: (text: string): string => text.replace(/\s*[,;:]$/, ''),
    /** The ISO 8601 instant an article's date stands for, in the configured time zone. */
    publishedAt: (date: string): string => dayStart(date, config.timeZone).iso,
    /** A citation of an article: author, title, source, date and, when the site's origin is known, permalink. */
    citeArticle(article: ArticleRecord): string {
      const author = article.author ? `${article.author}. ` : '';
      return `${author}“${withFullStop(article.title)}” ${article.sourceName ?? config.title}, ${dayLabel(article.date)}.${permalink(paths.article(article))}`;
    },
    /** A citation of a quote: speaker, the article reporting it, date and, when the origin is known, the quote's permalink. */
    citeQuote(quote: ArchiveQuote, article: ArticleRecord, speaker: string): string {
      return `${speaker}, quoted in “${article.title.replace(/[.!?]$/, '')},” ${article.sourceName ?? config.title}, ${dayLabel(article.date)}.${permalink(paths.quote(quote.id))}`;
    },
  };
}

function withFullStop(title: string): string {
  return /[.!?…]$/.test(title) ? title : `${title}.`;
}
