/**
 * schema.org JSON-LD for article, person and quote pages, and its safe serialisation: the JSON goes inside a
 * `<script>` element, where `</script>` or `<!--` in article text would end or corrupt it, so `<`, `>` and `&` are
 * written as JSON escapes (and U+2028/2029, which some parsers treat as line ends).
 */
import type { ArchivePerson, ArchiveQuote, ArticleRecord, PersonCard } from '../types.js';
import type { ArticlePerson } from './article-people-and-quotes.js';
import type { QuoteEntry } from './plan-quote-routes.js';
import { paths } from './urls.js';
import { dayStart } from './day-start.js';

/** What JSON-LD needs from the site: absolute URLs (when the origin is known), the time zone and language. */
export interface JsonLdContext {
  absoluteUrl(sitePath: string): string;
  timeZone: string;
  language: string;
  siteTitle: string;
}

type JsonObject = Record<string, unknown>;

/** JSON for inside `<script type="application/ld+json">`: no character in it can end or break the element. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A `NewsArticle` with the people it mentions and the quotes it reports. */
export function articleJsonLd(article: ArticleRecord, people: ArticlePerson[], quotes: QuoteEntry[], context: JsonLdContext): JsonObject {
  const url = context.absoluteUrl(paths.article(article));
  const result: JsonObject = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    datePublished: dayStart(article.date, context.timeZone).iso,
    description: article.summary,
    inLanguage: context.language,
    wordCount: article.wordCount,
    isPartOf: { '@type': 'WebSite', name: context.siteTitle, url: context.absoluteUrl(paths.home()) },
  };
  if (article.author) result.author = { '@type': 'Person', name: article.author };
  if (article.sourceName) result.publisher = { '@type': 'Organization', name: article.sourceName };
  if (article.url) result.isBasedOn = article.url;
  if (article.tags.length) result.keywords = article.tags;
  if (people.length) result.mentions = people.map(({ person }) => personReference(person, context));
  if (quotes.length) result.hasPart = quotes.map((entry) => quotation(entry, context));
  return result;
}

/** A `Person` for their page: names, descriptions, Wikidata and where they appear. */
export function personJsonLd(person: ArchivePerson, context: JsonLdContext): JsonObject {
  const result: JsonObject = { '@context': 'https://schema.org', ...personReference(person, context) };
  if (person.aliases.length) result.alternateName = person.aliases;
  const description = person.descriptions[0]?.text;
  if (description) result.description = description;
  const title = person.titles[0]?.text;
  if (title) result.honorificPrefix = title;
  return result;
}

/** A `Quotation` for its permalink page. */
export function quoteJsonLd(entry: QuoteEntry, context: JsonLdContext): JsonObject {
  return { '@context': 'https://schema.org', ...quotation(entry, context) };
}

function personReference(person: PersonCard, context: JsonLdContext): JsonObject {
  const result: JsonObject = { '@type': 'Person', name: person.name, url: context.absoluteUrl(paths.person(person.slug)) };
  if (person.wikidata) result.sameAs = `https://www.wikidata.org/wiki/${person.wikidata}`;
  return result;
}

function quotation({ quote, article, person }: QuoteEntry, context: JsonLdContext): JsonObject {
  const result: JsonObject = {
    '@type': 'Quotation',
    '@id': context.absoluteUrl(paths.quote(quote.id)),
    url: context.absoluteUrl(paths.quote(quote.id)),
    text: quote.text,
    datePublished: dayStart(quote.date, context.timeZone).iso,
    isPartOf: { '@type': 'NewsArticle', headline: article.title, url: context.absoluteUrl(paths.article(article)) },
  };
  const creator = speakerOf(quote, person, context);
  if (creator) result.creator = creator;
  return result;
}

function speakerOf(quote: ArchiveQuote, person: PersonCard | undefined, context: JsonLdContext): JsonObject | undefined {
  if (person) return personReference(person, context);
  if (quote.speaker.kind === 'person' && quote.speaker.name) return { '@type': 'Person', name: quote.speaker.name };
  if (quote.speaker.kind === 'organization' && quote.speaker.name) return { '@type': 'Organization', name: quote.speaker.name };
  return undefined;
}
