/**
 * The on-disk record cache, a folder CI can keep between runs. Each extracted record is stored whole under its key
 * (so an article page can load its body back), and one summaries file holds what the index needs of every
 * article, so a warm build reads one file instead of one per article. Files are written to a temporary name and
 * renamed, so a crash never leaves a half-written entry that a later build would trust.
 */
import { existsSync, readFileSync, readdirSync, renameSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord, ArticleSummary } from '../types.js';
import { toSummary } from '../index/article-summary.js';

/** A problem already placed in its file, without the file: what the cache keeps of each source's problems. */
export interface PlacedProblem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  reason: string;
  ruleId: string;
}

/** What extracting one source gave the index: its summary (none when an error dropped it) and its problems. */
export interface CachedSource {
  summary?: ArticleSummary;
  problems: PlacedProblem[];
}

/** What the cache stores whole for each source: the record (none when an error dropped it) and its problems. */
export interface StoredSource {
  record?: ArticleRecord;
  problems: PlacedProblem[];
}

/** The record cache of one Dateline version inside a cache folder. */
export interface RecordCache {
  /** The folder the whole records are stored in, for the workers that write them. */
  recordsDir: string;
  /** The cached outcome for a key, or undefined when that source must be extracted. */
  lookup(key: string): CachedSource | undefined;
  /** Stores what extracting a source gave and returns what the index keeps of it. */
  store(key: string, stored: StoredSource): CachedSource;
  /** The whole record stored under a key, or undefined when it is missing or unreadable. */
  loadRecord(key: string): ArticleRecord | undefined;
  /** Saves the summaries of this build's sources (only when they changed) and drops records no source uses. */
  save(entries: Map<string, CachedSource>): void;
}

/** Opens (creating) the cache for `version` under `cacheDir`; `clean` starts it empty. */
export function openRecordCache(cacheDir: string, version: string, clean = false): RecordCache {
  const recordsDir = path.join(cacheDir, `records-${version}`);
  const summariesFile = path.join(recordsDir, 'summaries.json');
  if (clean) rmSync(recordsDir, { recursive: true, force: true });
  mkdirSync(recordsDir, { recursive: true });
  let loaded: Map<string, CachedSource> | undefined;
  // Read on first use: a build that finds no input changed, and the workers, never need it.
  const known = (): Map<string, CachedSource> => (loaded ??= clean ? new Map() : readSummaries(summariesFile));
  return {
    recordsDir,
    // The summaries file holds the last build's sources; an older version of a file (a reverted edit, another git
    // branch) may still have its whole entry on disk.
    lookup: (key) => known().get(key) ?? summarize(key, readStored(recordsDir, key)),
    store(key, stored) {
      writeAtomically(recordFile(recordsDir, key), JSON.stringify(stored));
      return summarize(key, stored)!;
    },
    loadRecord: (key) => readStored(recordsDir, key)?.record,
    save(entries) {
      const previous = known();
      const unchanged = entries.size === previous.size && [...entries.keys()].every((key) => previous.has(key));
      if (!unchanged) writeAtomically(summariesFile, JSON.stringify(Object.fromEntries(entries)));
      pruneRecords(recordsDir, entries);
      pruneOtherVersions(cacheDir, path.basename(recordsDir));
    },
  };
}

function recordFile(recordsDir: string, key: string): string {
  return path.join(recordsDir, `${key}.json`);
}

function readStored(recordsDir: string, key: string): StoredSource | undefined {
  try {
    return JSON.parse(readFileSync(recordFile(recordsDir, key), 'utf8')) as StoredSource;
  } catch {
    return undefined;
  }
}

function summarize(key: string, stored: StoredSource | undefined): CachedSource | undefined {
  if (!stored) return undefined;
  return stored.record ? { summary: toSummary(stored.record, key), problems: stored.problems } : { problems: stored.problems };
}

/** Writes a file under a temporary name and renames it into place, so readers see the old or the new file whole. */
export function writeAtomically(file: string, contents: string): void {
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

function readSummaries(file: string): Map<string, CachedSource> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, CachedSource>));
  } catch {
    return new Map();
  }
}

// Records of edited or deleted articles pile up; sweeping them only once they outnumber the live ones keeps a
// warm build from listing the folder every time.
function pruneRecords(recordsDir: string, live: Map<string, CachedSource>): void {
  const names = readdirSync(recordsDir);
  if (names.length < 2 * live.size + 64) return;
  for (const name of names) {
    if (name.endsWith('.json') && name !== 'summaries.json' && !live.has(name.slice(0, -5))) rmSync(path.join(recordsDir, name), { force: true });
  }
}

function pruneOtherVersions(cacheDir: string, current: string): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith('records-') && name !== current) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}
