/**
 * Extract stage: `ParsedArticle` → `ArticleRecord` (plain JSON). Pure, one article at a time.
 * Finds the date, title, body, figures, slug and summary, then who said what. Problems come back already placed
 * in the file; a fatal one means the article has no record.
 */
import type { ArticleRecord, ExtractProblemAt, FrontMatter, ParsedArticle } from '../types.js';
import { extractDate } from './extract-date.js';
import { extractBody } from './extract-body.js';
import { deriveHeadline } from './derive-headline.js';
import { makeSlug } from './make-slug.js';
import { summarize } from './summarize.js';
import { extractWhoSaidWhat } from './extract-who-said-what.js';
import { paragraphPlace } from './paragraph-place.js';
import { markBody } from './mark-body.js';
import { uniqueQuoteIds } from './unique-quote-ids.js';
import { lintArticle } from './lint-article.js';
import { isWebUrl } from './is-web-url.js';
import { createPlacer } from './place-anchor.js';

/** The outcome of extracting one article: a record unless a fatal problem stopped it, and every problem found. */
export interface ExtractResult {
  record?: ArticleRecord;
  problems: ExtractProblemAt[];
}

/** Extracts the record of one parsed article. */
export function extractArticle(parsed: ParsedArticle): ExtractResult {
  const problems: ExtractProblemAt[] = [];
  const dated = extractDate(parsed);
  if (dated.problem) return { problems: [dated.problem] };
  const { texts, figures, nodes } = extractBody(parsed.tree);
  const front = parsed.frontMatter;
  const givenTitle = stringField(front, 'title');
  if (texts.length === 0 && !givenTitle) {
    return { problems: [{ reason: 'The article has no text. Write its body, or remove the file.', place: { line: parsed.bodyLine, column: 1 }, ruleId: 'article-empty', fatal: true }] };
  }
  const title = givenTitle || deriveHeadline(texts[0] ?? '') || 'Untitled';
  const slug = makeSlug(stringField(front, 'slug') || title);
  const id = `${dated.date.replaceAll('-', '/')}/${slug}`;
  const who = extractWhoSaidWhat({ id, title, paragraphs: texts });
  const quotes = uniqueQuoteIds(who.quotes);
  for (const problem of who.problems) {
    problems.push({ reason: problem.reason, place: paragraphPlace(nodes[problem.paragraph], problem.offset, parsed.bodyLine), ruleId: problem.ruleId, fatal: problem.fatal });
  }
  const record: ArticleRecord = {
    id,
    slug,
    source: parsed.file.data.relativePath,
    date: dated.date,
    title,
    titleDerived: !givenTitle,
    summary: stringField(front, 'summary') || summarize(texts[0] ?? ''),
    body: markBody(texts, nodes, { quotes, people: who.people, url: isWebUrl(stringField(front, 'url')) ? stringField(front, 'url') : undefined }),
    figures,
    wordCount: texts.reduce((sum, text) => sum + countWords(text), 0),
    tags: tagsOf(front.tags),
    frontMatter: front,
    quotes,
    people: who.people,
  };
  const author = stringField(front, 'author');
  const sourceName = stringField(front, 'source');
  const url = stringField(front, 'url');
  if (author) record.author = author;
  if (sourceName) record.sourceName = sourceName;
  if (url && isWebUrl(url)) record.url = url;
  const placeOf = createPlacer(parsed, nodes);
  for (const finding of lintArticle(record)) problems.push({ reason: finding.reason, place: placeOf(finding.anchor), ruleId: finding.ruleId });
  return { record, problems };
}

function stringField(front: FrontMatter, key: string): string {
  const value = front[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

function tagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).map((tag) => tag.trim()).filter(Boolean);
  if (typeof value === 'string') return value.split(',').map((tag) => tag.trim()).filter(Boolean);
  return [];
}

/** The words of a body text, which extract-body collapses to single spaces and trims: one more than its spaces. */
function countWords(text: string): number {
  let count = text ? 1 : 0;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) count++;
  return count;
}
