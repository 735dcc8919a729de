/**
 * The first half of a build, alone: read → parse → extract → index, with every check, writing nothing. This is what
 * `dateline check` runs; a build runs its index and checks (`index-and-check.ts`) after extracting through the
 * record cache, and all of it only without the cache (the dev server).
 */
import type { ArticleRecord, SourceFile } from './types.js';
import type { Config } from './config/load-config.js';
import { findSources, readFiles } from './read/read-sources.js';
import { readPeopleFile, type PeopleFile } from './read/read-people-file.js';
import { parseSource } from './parse/parse-source.js';
import { extractArticle } from './extract/extract-article.js';
import type { ExtractionMemo, ExtractionOutcome } from './extract/extraction-memo.js';
import { indexAndCheck, type IndexResult } from './index-and-check.js';
import { digest } from './render/fingerprint.js';
import { fromVFileMessage, type Problem } from './report/problem.js';
import { shownPath, startRun, type BuildHooks, type Run } from './build-run.js';

/** Options for `check` beyond the config. */
export interface CheckOptions extends BuildHooks {
  /** Extractions of an earlier run, reused for files whose text has not changed since (the dev server keeps one). */
  memo?: ExtractionMemo;
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
