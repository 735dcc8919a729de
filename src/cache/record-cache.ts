/**
 * The on-disk record cache, a folder CI can keep between runs. Whole records are written in packs, one file per
 * batch of extracted articles, so a cold build creates a hundred files rather than one per article and a cache
 * upload or an upgrade's clean-up moves few files; an article page reads its record back from its pack by offset.
 * One index file holds, for every key, what the index stage needs (summary, problems) and where the record is; it
 * is JSON Lines, read and written a line at a time, so 100,000 summaries never become one giant string.
 * Packs and the index are written under a temporary name and renamed, so a crash never leaves a half-written file
 * that a later build would trust.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ArticleRecord, ArticleSummary } from '../types.js';
import { indexedContentDigest, toSummary } from '../index/article-summary.js';
import { pieceWriter } from '../write/piece-writer.js';

/** A problem already placed in its file, without the file: what the cache keeps of each source's problems. */
export interface PlacedProblem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  reason: string;
  ruleId: string;
}

/** What extracting one source gave: the record (none when an error dropped it) and its problems. */
export interface StoredSource {
  record?: ArticleRecord;
  problems: PlacedProblem[];
}

/** What the cache index keeps of one source: its summary and problems, and where its whole record is. */
export interface CachedSource {
  summary?: ArticleSummary;
  /** `indexedContentDigest` of the summary. */
  indexed?: string;
  problems: PlacedProblem[];
  /** Pack file name, byte offset and length of the stored record. */
  at?: [pack: string, offset: number, length: number];
}

/** The record cache of one Dateline version inside a cache folder. */
export interface RecordCache {
  /** The folder this version's packs and index live in. */
  recordsDir: string;
  /** The cached outcome for a key, or undefined when that source must be extracted. */
  lookup(key: string): CachedSource | undefined;
  /** Writes one pack with the given extractions and returns what the index keeps of each, in order. */
  storeBatch(batch: [key: string, stored: StoredSource][]): CachedSource[];
  /** The whole record of a cached source, or undefined when its pack is missing or unreadable. */
  loadRecord(entry: CachedSource): ArticleRecord | undefined;
  /**
   * Records this build's sources in the index, keeping older entries until they outnumber the live ones. The entries
   * read for `lookup` are let go (read again if it is called later), so their summaries can be collected.
   */
  save(live: Map<string, CachedSource>): void;
  /** Closes the pack files opened for reading. */
  close(): void;
}

const INDEX_FILE = 'index.jsonl';

/** Opens (creating) the cache for `version` under `cacheDir`; `clean` starts it empty. */
export function openRecordCache(cacheDir: string, version: string, clean = false): RecordCache {
  const recordsDir = path.join(cacheDir, `records-${version}`);
  if (clean) rmSync(recordsDir, { recursive: true, force: true });
  mkdirSync(recordsDir, { recursive: true });
  let loaded: Map<string, CachedSource> | undefined;
  // Read on first use: a build that finds no input changed, and the workers, never need it.
  const known = (): Map<string, CachedSource> => (loaded ??= clean ? new Map() : readIndex(path.join(recordsDir, INDEX_FILE)));
  const open = new Map<string, number>();
  return {
    recordsDir,
    lookup: (key) => known().get(key),
    storeBatch(batch) {
      const pack = `${randomUUID()}.pack`;
      const chunks: Buffer[] = [];
      let offset = 0;
      const entries = batch.map(([key, stored]): CachedSource => {
        if (!stored.record) return { problems: stored.problems };
        const bytes = Buffer.from(JSON.stringify(stored.record));
        chunks.push(bytes);
        offset += bytes.length;
        const summary = toSummary(stored.record, key);
        return { summary, indexed: indexedContentDigest(summary), problems: stored.problems, at: [pack, offset - bytes.length, bytes.length] };
      });
      if (chunks.length) writeAtomically(path.join(recordsDir, pack), Buffer.concat(chunks));
      return entries;
    },
    loadRecord(entry) {
      if (!entry.at) return undefined;
      const [pack, offset, length] = entry.at;
      try {
        let fd = open.get(pack);
        if (fd === undefined) open.set(pack, (fd = openSync(path.join(recordsDir, pack), 'r')));
        const bytes = Buffer.alloc(length);
        if (readSync(fd, bytes, 0, length, offset) !== length) return undefined;
        return JSON.parse(bytes.toString('utf8')) as ArticleRecord;
      } catch {
        return undefined;
      }
    },
    save(live) {
      const previous = known();
      const added = [...live].filter(([key]) => !previous.has(key));
      // Entries of edited or deleted files stay (so a reverted edit or a branch switched back is a hit) until they
      // outnumber the live ones; then the index is rewritten with the live entries and unused packs are deleted.
      // Otherwise new entries are appended, so an edit to a large archive does not rewrite the whole index.
      const stale = previous.size + added.length - live.size;
      if (stale > live.size) {
        writeIndex(path.join(recordsDir, INDEX_FILE), live);
        removeUnusedPacks(recordsDir, live);
      } else if (added.length) {
        writeEntryLines(path.join(recordsDir, INDEX_FILE), added, 'a');
      }
      removeOtherVersions(cacheDir, path.basename(recordsDir));
      loaded = undefined;
    },
    close() {
      for (const fd of open.values()) closeSync(fd);
      open.clear();
    },
  };
}

/**
 * Writes a file under a temporary name and renames it into place, so readers see the old or the new file whole.
 * `contents` may be a function that writes them to the open file, a piece at a time.
 */
export function writeAtomically(file: string, contents: string | Uint8Array | ((fd: number) => void)): void {
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  if (typeof contents !== 'function') writeFileSync(temporary, contents);
  else {
    const fd = openSync(temporary, 'w');
    try {
      contents(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(temporary, { force: true });
      throw error;
    }
    closeSync(fd);
  }
  renameSync(temporary, file);
}

function readIndex(file: string): Map<string, CachedSource> {
  const entries = new Map<string, CachedSource>();
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return entries;
  }
  try {
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const data = Buffer.concat([carry, chunk.subarray(0, read)]);
      let start = 0;
      for (let end = data.indexOf(10, start); end !== -1; start = end + 1, end = data.indexOf(10, start)) {
        const entry = parseLine(data.toString('utf8', start, end));
        if (entry) entries.set(entry[0], entry[1]);
      }
      carry = Buffer.from(data.subarray(start));
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

// A line cut short by a crash during an append is skipped: its source is simply extracted again.
function parseLine(line: string): [string, CachedSource] | undefined {
  try {
    return JSON.parse(line) as [string, CachedSource];
  } catch {
    return undefined;
  }
}

function writeIndex(file: string, entries: Map<string, CachedSource>): void {
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  writeEntryLines(temporary, entries, 'w');
  renameSync(temporary, file);
}

/**
 * Writes entries as JSON lines a piece at a time. A clean build appends every summary: joined into one string first
 * (each line held too, in UTF-16 once it had a curly quote), 10,000 synthetic articles' 83 MB of lines took the
 * process from 259 to 781 MiB, the largest peak of the index stage; a piece at a time, it stays at 259 MiB.
 */
function writeEntryLines(file: string, entries: Iterable<[string, CachedSource]>, flags: 'a' | 'w'): void {
  const fd = openSync(file, flags);
  try {
    const pieces = pieceWriter(fd);
    for (const entry of entries) pieces.add(`${JSON.stringify(entry)}\n`);
    pieces.end();
  } finally {
    closeSync(fd);
  }
}

function removeUnusedPacks(recordsDir: string, entries: Map<string, CachedSource>): void {
  const used = new Set([...entries.values()].flatMap((entry) => (entry.at ? [entry.at[0]] : [])));
  for (const name of readdirSync(recordsDir)) if (name.endsWith('.pack') && !used.has(name)) rmSync(path.join(recordsDir, name), { force: true });
}

function removeOtherVersions(cacheDir: string, current: string): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith('records-') && name !== current) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}
