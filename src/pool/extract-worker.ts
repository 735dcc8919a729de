/**
 * The worker half of extraction: reads a batch of source files, keys each by the bytes it read, and turns them into
 * cache entries. The whole records are written to the record cache here, one pack per batch, so only their summaries
 * travel back to the main thread: the main thread never holds an article body, nor reads a file it extracts.
 */
import { sourceKey } from '../cache/cache-version.js';
import { openRecordCache, type CachedSource, type StoredSource } from '../cache/record-cache.js';
import { readArticleBytes, toSourceFile } from '../read/read-sources.js';
import { extractSource } from './extract-source.js';

/** A batch of sources for one worker task. */
export interface ExtractTask {
  contentDir: string;
  cacheDir: string;
  version: string;
  files: { path: string; relativePath: string }[];
}

/** One extracted source as the cache keeps it, with its key ("" when the file could not be read). */
export type ExtractedSource = CachedSource & { key: string };

/**
 * Extracts every file of a task and stores the whole records; returns summaries and problems, in the task's order.
 * Each file is keyed by the bytes it is extracted from, so a file edited during the build is never stored under the
 * key of its older bytes.
 */
export default async function extractFiles(task: ExtractTask): Promise<ExtractedSource[]> {
  const read = await Promise.all(task.files.map((file) => readArticleBytes(file.path)));
  const keys = read.map((result, index) => ('bytes' in result ? sourceKey(task.version, task.files[index].relativePath, result.bytes) : ''));
  const batch = read.flatMap((result, index): [string, StoredSource][] => ('bytes' in result ? [[keys[index], extractSource(toSourceFile(result.bytes, task.files[index].path, task.contentDir))]] : []));
  const stored = openRecordCache(task.cacheDir, task.version).storeBatch(batch);
  let next = 0;
  return read.map((result, index) => ('bytes' in result ? { ...stored[next++], key: keys[index] } : { key: '', problems: [{ line: 1, column: 1, severity: 'error', reason: result.reason, ruleId: result.ruleId }] }));
}
