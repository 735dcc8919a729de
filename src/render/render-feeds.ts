/**
 * The site's feeds: Atom 1.0 (`/feed.xml`), RSS 2.0 (`/rss.xml`) and JSON Feed 1.1 (`/feed.json`) of the latest
 * articles in full, and an Atom feed per person of the articles naming them, with what they said in each. Written with the `feed` package.
 * Feeds need absolute URLs (an entry's id and links must survive being read anywhere), so they are made only when
 * the base URL has an origin; without one the build writes none and pages do not link them.
 */
import { Feed, type Item } from 'feed';
import type { ArchiveQuote, ArticleRecord, IndexedArticle, LoadRecord, OutputFile, SiteIndex } from '../types.js';
import type { Config } from '../config/load-config.js';
import { createUrlHelper, paths } from './urls.js';
import { articleBodyHtml } from './link-mentions.js';
import { dayStart } from './day-start.js';

/** How many articles the site-wide feeds carry. */
const FEED_SIZE = 50;
/** How many articles a person's feed carries. */
const PERSON_FEED_SIZE = 20;

/** The feed files for a site, or none when the base URL has no origin. */
export async function renderFeeds(index: SiteIndex, config: Readonly<Config>, load: LoadRecord): Promise<OutputFile[]> {
  if (!config.origin) return [];
  const urls = createUrlHelper(config.basePath, config.origin);
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  const updated = index.articles[0] ? dayStart(index.articles[0].date, config.timeZone).instant : new Date(0);
  const fullText = (article: ArticleRecord): string => articleBodyHtml(article, index.personSlugs[article.id] ?? [], urls.absoluteUrl).join('\n');
  const item = (article: IndexedArticle, content: string): Item => {
    const link = urls.absoluteUrl(paths.article(article));
    const date = dayStart(article.date, config.timeZone).instant;
    // `feed` puts titles, summaries and content in CDATA sections marked as HTML: plain text is escaped as
    // HTML, and "]]>" (which xml-js only splits once) cannot survive escaping.
    const entry: Item = { title: escapeHtml(article.title), id: link, link, date, published: date, description: escapeHtml(article.summary), content: xmlText(content).replaceAll(']]>', ']]&gt;') };
    if (article.author) entry.author = [{ name: xmlText(article.author) }];
    if (article.tags.length) entry.category = article.tags.map((tag) => ({ name: xmlText(tag), term: xmlText(tag) }));
    return entry;
  };

  const site = new Feed({
    title: config.title,
    description: config.description,
    id: urls.absoluteUrl(paths.home()),
    link: urls.absoluteUrl(paths.home()),
    language: config.language,
    updated,
    generator: 'Dateline',
    feedLinks: { atom: urls.absoluteUrl(paths.atomFeed()), rss: urls.absoluteUrl(paths.rssFeed()), json: urls.absoluteUrl(paths.jsonFeed()) },
  });
  for (const article of index.articles.slice(0, FEED_SIZE)) site.addItem(item(article, fullText(await load(article))));
  const files: OutputFile[] = [
    { path: paths.atomFeed().slice(1), contents: site.atom1() },
    { path: paths.rssFeed().slice(1), contents: site.rss2() },
    { path: paths.jsonFeed().slice(1), contents: toJsonFeed11(site.json1(), config.language, new Map(index.articles.map((article) => [urls.absoluteUrl(paths.article(article)), article]))) },
  ];

  // A person's feed says what the article says about them (the summary and their quotes, linked to their place
  // in the article) rather than repeating whole articles in every feed of every person they name.
  const quotesByArticle = new Map<string, ArchiveQuote[]>();
  for (const quote of index.quotes) {
    if (!quote.person) continue;
    const key = `${quote.article}\n${quote.person}`;
    const list = quotesByArticle.get(key);
    if (list) list.push(quote);
    else quotesByArticle.set(key, [quote]);
  }
  for (const person of index.people) {
    const feed = new Feed({
      title: `${person.name} · ${config.title}`,
      description: `Articles naming ${person.name}, newest first.`,
      id: urls.absoluteUrl(paths.person(person.slug)),
      link: urls.absoluteUrl(paths.person(person.slug)),
      language: config.language,
      updated: dayStart(person.last, config.timeZone).instant,
      generator: 'Dateline',
      feedLinks: { atom: urls.absoluteUrl(paths.personFeed(person.slug)) },
    });
    for (const id of person.articles.slice(0, PERSON_FEED_SIZE)) {
      const article = articles.get(id)!;
      const quotes = (quotesByArticle.get(`${id}\n${person.slug}`) ?? []).map((quote) => `<blockquote><p><a href="${urls.absoluteUrl(paths.quoteInArticle(article, quote))}">${escapeHtml(quote.text)}</a></p></blockquote>`);
      feed.addItem(item(article, [`<p>${escapeHtml(article.summary)}</p>`, ...quotes].join('\n')));
    }
    files.push({ path: paths.personFeed(person.slug).slice(1), contents: feed.atom1() });
  }
  return files;
}

/**
 * `feed` writes JSON Feed 1.0; 1.1 renamed `author` to `authors` (a list) and added `language`. The items are
 * otherwise the same, so the 1.0 document is upgraded rather than written a second time by hand. JSON Feed titles
 * and summaries are plain text, so the HTML-escaped ones made for XML are replaced by the article's own.
 */
function toJsonFeed11(json: string, language: string, byUrl: Map<string, IndexedArticle>): string {
  const { version, items, ...feed } = JSON.parse(json) as Record<string, unknown> & { items: Array<Record<string, unknown>> };
  void version;
  const upgraded = {
    version: 'https://jsonfeed.org/version/1.1',
    ...feed,
    language,
    items: items.map(({ author, ...item }) => {
      const article = byUrl.get(String(item.url));
      const plain = article ? { ...item, title: article.title, summary: article.summary } : item;
      return author ? { ...plain, authors: [author] } : plain;
    }),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}

/** Text with the characters XML 1.0 cannot hold removed (control characters, unpaired surrogates). */
function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Plain text as HTML text, safe inside a CDATA section. */
function escapeHtml(text: string): string {
  return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
