/**
 * Extraction for a build: a source whose key the record cache knows costs nothing more; the others are read, parsed
 * and extracted in a pool of worker threads (piscina), one batch per task, so every core works and the main thread
 * reads no file. At most two batches per thread are queued, so file bytes are never all in memory at once. A handful
 * of changed files is extracted on this thread: starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
import type { KeyedSource } from '../cache/source-keys.js';
import type { RecordCache } from '../cache/record-cache.js';
import { internStrings } from '../cache/intern-strings.js';
import type { ExtractTask, ExtractedSource } from './extract-worker.js';

/** How many sources one worker task extracts: large enough that messaging costs little, small enough to balance. */
const TASK_SIZE = 128;

/** What extraction gave: one entry per source (in source order) and how many were not in the cache. */
export interface ArticleExtraction {
  entries: ExtractedSource[];
  extracted: number;
}

/**
 * Summaries and problems of every source, from the cache or freshly extracted; `threads` 0 keeps it on this thread.
 * A source missing from the cache is read by the task that extracts it and keyed by the bytes it read; such a file
 * edited since it was keyed is extracted even when the cache knows its new bytes, which only costs time.
 */
export async function extractArticles(sources: KeyedSource[], contentDir: string, cacheDir: string, cache: RecordCache, version: string, threads = availableParallelism()): Promise<ArticleExtraction> {
  const entries: ExtractedSource[] = new Array(sources.length);
  const strings = new Map<string, string>();
  const misses = sources.flatMap((source, index) => {
    const known = source.key ? cache.lookup(source.key) : undefined;
    if (known) entries[index] = internStrings({ ...known, key: source.key }, strings);
    return known ? [] : [index];
  });
  const inline = threads === 0 || misses.length < TASK_SIZE;
  const pool: Piscina<ExtractTask, ExtractedSource[]> | undefined = inline
    ? undefined
    : new (await import('piscina')).Piscina({ filename: new URL('./extract-worker.js', import.meta.url).href, maxThreads: threads, minThreads: threads, idleTimeout: 1000 });
  const extractInline = inline ? (await import('./extract-worker.js')).default : undefined;
  let extracted = 0;
  const dispatch = async (batch: number[]): Promise<void> => {
    const task: ExtractTask = { contentDir, cacheDir, version, files: batch.map((index) => ({ path: sources[index].path, relativePath: sources[index].relativePath })) };
    const results = extractInline ? await extractInline(task) : await pool!.run(task);
    results.forEach((result, position) => {
      if (result.key) extracted++;
      entries[batch[position]] = internStrings(result, strings);
    });
  };
  const running: Promise<void>[] = [];
  try {
    for (let start = 0; start < misses.length; start += TASK_SIZE) {
      const task = dispatch(misses.slice(start, start + TASK_SIZE));
      task.catch(() => undefined); // awaited below; this only stops an early failure counting as unhandled
      running.push(task);
      // Bounded queue: wait for the oldest task once every thread has two (on this thread, one at a time).
      if (running.length >= (pool ? threads * 2 : 1)) await running.shift();
    }
    await Promise.all(running);
  } finally {
    await pool?.destroy();
  }
  return { entries, extracted };
}
