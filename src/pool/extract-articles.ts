/**
 * Extraction for a build: a source whose key the record cache knows costs nothing more; the others are read and
 * parsed and extracted in a pool of worker threads (piscina), one batch per task, so every core works. Reading
 * runs ahead of the workers by a bounded number of batches, so file bytes are never all in memory at once. A
 * handful of changed files is extracted on this thread: starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import { sourceKey } from '../cache/cache-version.js';
import type { KeyedSource } from '../cache/source-keys.js';
import type { RecordCache } from '../cache/record-cache.js';
import { readArticleBytes } from '../read/read-sources.js';
import { internStrings } from '../cache/intern-strings.js';
import type { ExtractTask, ExtractedSource } from './extract-worker.js';

/** How many sources one worker task extracts: large enough that messaging costs little, small enough to balance. */
const TASK_SIZE = 128;
const READ_BATCH = 64;

/** What extraction gave: one entry per source (in source order) and how many were not in the cache. */
export interface ArticleExtraction {
  entries: ExtractedSource[];
  extracted: number;
}

/**
 * Summaries and problems of every source, from the cache or freshly extracted; `threads` 0 keeps it on this thread.
 * A file missing from the cache is read again here and keyed by the bytes it is extracted from, so a file edited
 * during the build is never stored under the key of its older bytes.
 */
export async function extractArticles(sources: KeyedSource[], contentDir: string, cacheDir: string, cache: RecordCache, version: string, threads = availableParallelism()): Promise<ArticleExtraction> {
  const entries: ExtractedSource[] = new Array(sources.length);
  let pending: (ExtractTask['files'][number] & { index: number })[] = [];
  let pool: Piscina<ExtractTask, ExtractedSource[]> | undefined;
  const running: Promise<void>[] = [];
  let extracted = 0;
  const strings = new Map<string, string>();

  const dispatch = async (batch: typeof pending, inline: boolean): Promise<void> => {
    extracted += batch.length;
    const task: ExtractTask = { contentDir, cacheDir, version, files: batch.map(({ path, key, bytes }) => ({ path, key, bytes })) };
    const results = inline ? (await import('./extract-worker.js')).default(task) : await pool!.run(task);
    results.forEach((result, position) => (entries[batch[position].index] = internStrings(result, strings)));
  };

  const misses = sources.flatMap((source, index) => {
    const known = source.key ? cache.lookup(source.key) : undefined;
    if (known) entries[index] = internStrings({ ...known, key: source.key }, strings);
    return known ? [] : [index];
  });
  for (let start = 0; start < misses.length; start += READ_BATCH) {
    const batch = misses.slice(start, start + READ_BATCH);
    const read = await Promise.all(batch.map((index) => readArticleBytes(sources[index].path)));
    read.forEach((result, offset) => {
      const index = batch[offset];
      const source = sources[index];
      if (!('bytes' in result)) {
        entries[index] = { key: '', problems: [{ line: 1, column: 1, severity: 'error', reason: result.reason, ruleId: result.ruleId }] };
        return;
      }
      const { bytes } = result;
      const key = sourceKey(version, source.relativePath, bytes);
      const known = key === source.key ? undefined : cache.lookup(key);
      if (known) entries[index] = { ...known, key };
      else pending.push({ path: source.path, key, bytes, index });
    });
    if (pending.length >= TASK_SIZE && threads > 0) {
      pool ??= new (await import('piscina')).Piscina({ filename: new URL('./extract-worker.js', import.meta.url).href, maxThreads: threads, minThreads: threads, idleTimeout: 1000 });
      const task = dispatch(pending, false);
      task.catch(() => undefined); // awaited below; this only stops an early failure counting as unhandled
      running.push(task);
      pending = [];
      // Bounded read-ahead: wait for the oldest task once every thread has two queued.
      if (running.length >= threads * 2) await running.shift();
    }
  }
  if (pending.length) running.push(dispatch(pending, pool === undefined));
  try {
    await Promise.all(running);
  } finally {
    await pool?.destroy();
  }
  return { entries, extracted };
}
