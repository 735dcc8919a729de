/**
 * The first half of a build, alone: read → parse → extract → index, with every check, writing nothing. This is what
 * `dateline check` runs, and the build runs it too (through the record cache) when an input changed.
 */
import path from 'node:path';
import type { ArticleRecord, ArticleSummary, SiteIndex, SourceFile } from './types.js';
import type { Config } from './config/load-config.js';
import { findSources, readFiles } from './read/read-sources.js';
import { readPeopleFile, type PeopleFile } from './read/read-people-file.js';
import { parseSource } from './parse/parse-source.js';
import { extractArticle } from './extract/extract-article.js';
import { placeAnchors } from './extract/place-anchor.js';
import type { ExtractionMemo, ExtractionOutcome } from './extract/extraction-memo.js';
import { buildIndex } from './index/build-index.js';
import type { QuoteGroupMemo } from './index/group-quotes.js';
import type { PeopleMemo } from './index/index-people.js';
import { NO_PEOPLE_RULES, parsePeopleFile } from './index/parse-people-file.js';
import { checkArchive, type ArchiveFinding } from './index/check-archive.js';
import { localToday } from './index/check-dates.js';
import { digest } from './render/fingerprint.js';
import { fromVFileMessage, type Problem } from './report/problem.js';
import { shownPath, startRun, type BuildHooks, type Run, type StageTiming } from './build-run.js';

/** Options for `check` beyond the config. */
export interface CheckOptions extends BuildHooks {
  /** Extractions of an earlier run, reused for files whose text has not changed since (the dev server keeps one). */
  memo?: ExtractionMemo;
}

/** What indexing and checking found: the archive index, every problem, and how many articles errors dropped. */
export interface IndexResult {
  index: SiteIndex;
  problems: Problem[];
  stages: StageTiming[];
  dropped: number;
}

/** What a check found: the records, and what indexing and checking them found. */
export interface CheckResult extends IndexResult {
  records: ArticleRecord[];
}

/** The records extracted from some sources, the problems found, and how many articles were dropped. */
export interface Extraction {
  records: ArticleRecord[];
  problems: Problem[];
  dropped: number;
}

/** Reads, extracts and indexes every article and runs every check, writing nothing: what `dateline check` does. */
export async function check(config: Readonly<Config>, options: CheckOptions = {}): Promise<CheckResult> {
  const run = startRun(options);
  const { extraction } = await readAndExtract(config, options, run);
  return { records: extraction.records, ...(await indexAndCheck(config, { ...extraction, articles: extraction.records }, await readPeopleFile(config.contentDir), run)) };
}

/** Reads and extracts in memory (with the memo, if any); the sources' keys describe their text for the manifest. */
export async function readAndExtract(config: Readonly<Config>, options: CheckOptions, run: Run): Promise<{ extraction: Extraction; sourceKeys: string[][] }> {
  const paths = await findSources(config.contentDir);
  run.start('read', paths.length, 'files');
  const sources = await readFiles(paths, config.contentDir, run.ticker('read'));
  run.end(sources.length);

  run.start('extract', sources.length, 'articles');
  const extraction = extractSources(sources, options);
  options.memo?.keepOnly(new Set(paths));
  run.end(extraction.records.length);
  return { extraction, sourceKeys: sources.map((file) => [file.data.relativePath, digest(String(file.value))]) };
}

/**
 * The index and archive checks over extracted articles (whole records or summaries) and the editor's people file
 * (as `readPeopleFile` gave it): the second half of `check`. `memos` carry quote groupings and people between builds.
 */
export async function indexAndCheck(config: Readonly<Config>, { articles, problems, dropped }: { articles: ReadonlyArray<ArticleRecord | ArticleSummary>; problems: Problem[]; dropped: number }, peopleFile: PeopleFile | undefined, run: Run, memos: { groupings?: QuoteGroupMemo; people?: PeopleMemo } = {}): Promise<IndexResult> {
  run.start('index', articles.length, 'articles');
  const people = peopleFile ? parsePeopleFile(peopleFile.text, shownPath(peopleFile.path)) : { rules: NO_PEOPLE_RULES, problems: [] };
  const { index, summaries, collisions, problems: indexProblems } = buildIndex(articles, people.rules, memos);
  problems.push(...people.problems, ...indexProblems);
  for (const { record, keptBy, previousSlug } of collisions) {
    problems.push({ file: shownPath(path.join(config.contentDir, record.source)), line: 1, column: 1, severity: 'warning', reason: `The slug "${previousSlug}" is already used on ${record.date} by ${keptBy}; this article is published as "${record.slug}". Set a distinct "slug" in its front matter.`, ruleId: 'slug-duplicate' });
  }
  run.end(index.articles.length);

  run.start('check', index.articles.length, 'articles');
  // One by one: a large archive's warnings are too many to spread as arguments.
  for (const problem of await placeFindings(checkArchive(summaries, localToday(), index.personSlugs, people.rules, memos.people), config.contentDir)) problems.push(problem);
  run.end(index.articles.length);
  return { index, problems, stages: run.stages, dropped };
}

/** Parses and extracts source files one by one; a file with an error is reported and dropped. */
export function extractSources(sources: SourceFile[], options: CheckOptions = {}): Extraction {
  const problems: Problem[] = [];
  const records: ArticleRecord[] = [];
  let dropped = 0;
  for (const [index, file] of sources.entries()) {
    const shown = shownPath(file.path);
    const fatal = file.messages.some((message) => message.fatal);
    problems.push(...file.messages.map((message) => fromVFileMessage(message, shown)));
    let outcome: ExtractionOutcome | undefined = fatal ? { problems: [] } : options.memo?.recall(file);
    if (!outcome) {
      const started = performance.now();
      outcome = extractSource(file, shown);
      options.onArticle?.(file.data.relativePath, performance.now() - started);
      options.memo?.remember(file, outcome);
    }
    problems.push(...outcome.problems);
    if (outcome.record) records.push(outcome.record);
    else dropped++;
    options.onProgress?.('extract', index + 1);
  }
  return { records, problems, dropped };
}

/** Parses and extracts one readable file; the problems are those of parsing and extracting, not of reading. */
function extractSource(file: SourceFile, shown: string): ExtractionOutcome {
  const read = file.messages.length;
  const parsed = parseSource(file);
  const problems = file.messages.slice(read).map((message) => fromVFileMessage(message, shown));
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  const result = extractArticle(parsed);
  for (const problem of result.problems) {
    problems.push({ file: shown, ...problem.place, severity: problem.fatal ? 'error' : 'warning', reason: problem.reason, ruleId: problem.ruleId });
  }
  return { record: result.record, problems };
}

/**
 * Places archive-wide findings in their files. Records keep no file positions, so the few articles warned about
 * are read and parsed again: cheap next to holding every article's tree in memory for the odd warning.
 */
async function placeFindings(findings: ArchiveFinding[], contentDir: string): Promise<Problem[]> {
  const bySource = new Map<string, ArchiveFinding[]>();
  for (const finding of findings) {
    const found = bySource.get(finding.source);
    if (found) found.push(finding);
    else bySource.set(finding.source, [finding]);
  }
  const sources = await readFiles([...bySource.keys()].map((source) => path.join(contentDir, source)), contentDir);
  return sources.flatMap((file) => {
    const found = bySource.get(file.data.relativePath) ?? [];
    const places = placeAnchors(parseSource(file), found.map((finding) => finding.anchor));
    return found.map((finding, index) => ({ file: shownPath(file.path), ...places[index], severity: 'warning' as const, reason: finding.reason, ruleId: finding.ruleId }));
  });
}
