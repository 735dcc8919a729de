/**
 * The worker half of extraction: turns a batch of source files (bytes already read and keyed by the main thread)
 * into cache entries. The whole records are written to the record cache here, one pack per batch, so only their
 * summaries travel back to the main thread: the main thread never holds an article body.
 */
import { openRecordCache, type CachedSource } from '../cache/record-cache.js';
import { toSourceFile } from '../read/read-sources.js';
import { extractSource } from './extract-source.js';

/** A batch of sources for one worker task. */
export interface ExtractTask {
  contentDir: string;
  cacheDir: string;
  version: string;
  files: { path: string; key: string; bytes: Uint8Array }[];
}

/** One extracted source as the cache keeps it, with its key. */
export type ExtractedSource = CachedSource & { key: string };

/** Extracts every file of a task and stores the whole records; returns summaries and problems. */
export default function extractFiles(task: ExtractTask): ExtractedSource[] {
  const stored = openRecordCache(task.cacheDir, task.version).storeBatch(task.files.map(({ path, key, bytes }) => [key, extractSource(toSourceFile(bytes, path, task.contentDir))]));
  return stored.map((entry, index) => ({ ...entry, key: task.files[index].key }));
}
