/**
 * Parse and extract for one source file, the unit of work the pool hands out: pure and self-contained, so a worker
 * thread, the main thread and `dateline extract` all get the same record and the same problems.
 */
import type { ArticleRecord, SourceFile } from '../types.js';
import type { PlacedProblem } from '../cache/record-cache.js';
import { parseSource } from '../parse/parse-source.js';
import { extractArticle } from '../extract/extract-article.js';

/**
 * Extracts one source: its record unless an error stops it, and every problem found, placed in the file. A bug in
 * Dateline that throws on this article's text drops this article with an error naming it, not the whole build.
 */
export function extractSource(file: SourceFile): { record?: ArticleRecord; problems: PlacedProblem[] } {
  try {
    return extractOrThrow(file);
  } catch (error) {
    const reason = `Dateline failed on this article (${(error as Error).message ?? String(error)}); it was left out. This is a bug in Dateline: please report it with this file.`;
    return { problems: [{ line: 1, column: 1, severity: 'error', reason, ruleId: 'extract-crashed' }] };
  }
}

function extractOrThrow(file: SourceFile): { record?: ArticleRecord; problems: PlacedProblem[] } {
  const fatalAlready = file.messages.some((message) => message.fatal);
  const parsed = fatalAlready ? undefined : parseSource(file);
  const result = parsed && !file.messages.some((message) => message.fatal) ? extractArticle(parsed) : { problems: [] };
  const problems: PlacedProblem[] = file.messages.map((message) => ({
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: message.fatal ? 'error' : 'warning',
    reason: message.reason,
    ruleId: (message.ruleId ?? 'unknown').replace(/^dateline:/, ''),
  }));
  for (const problem of result.problems) problems.push({ ...problem.place, severity: problem.fatal ? 'error' : 'warning', reason: problem.reason, ruleId: problem.ruleId });
  return 'record' in result && result.record ? { record: result.record, problems } : { problems };
}
