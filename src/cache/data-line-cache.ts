/**
 * The lines of `/data/articles.jsonl` from the last build, kept in the cache folder under a hash of what each line is
 * made from. A line holds an article's whole record, so making the file meant loading every record back from its
 * pack and stringifying it again: after a one-article edit of 10,000 articles, seconds spent remaking lines that had
 * not changed. Only each line's place is held in memory (the lines are 150 MB at 10,000 articles).
 *
 * The lines live in segment files that are written once and never changed, like the record cache's packs, and a
 * small index (`article-lines-<version>.json`, replaced by a rename) says which segment holds each kept line. A
 * build writes a segment of only the lines the last build did not keep, so an edit writes one line, not the 150 MB
 * the cache held; when the segments hold more lines no longer kept than kept ones, or too many segments, the kept
 * lines are copied into one new segment. Nothing is ever appended to a file another build may be reading.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pieceWriter } from '../write/piece-writer.js';
import { writeAtomically } from './record-cache.js';

/** Lines kept from the last build, by the hash of their inputs. */
export interface DataLineCache {
  /**
   * The line made last time from the inputs with this hash, if it was kept, as its UTF-8 bytes: it goes on to the data
   * file, its hash and the next build's cache as bytes, never decoded (150 MB at 10,000 articles).
   */
  get(key: string): Buffer | undefined;
  /** Starts the lines kept for the next build, which replace these when it finishes. */
  start(): DataLineWriter;
}

/** The next build's lines, kept one by one as they are made. */
export interface DataLineWriter {
  keep(key: string, line: string | Uint8Array): void;
  /** Makes the kept lines the cache's, and removes the segments no longer used and those of other code versions. */
  finish(): void;
}

/** Where a kept line is: its segment (a position in the index's list), its first byte and its length in bytes. */
type Place = [segment: number, offset: number, length: number];

/** The segments, and where each kept line is by its key; the file holds `places` as an array of its entries. */
interface LineIndex {
  segments: string[];
  places: Map<string, Place>;
}

const PREFIX = 'article-lines-';
/** Kept lines are read a window of this many bytes at a time: consecutive lines are mostly consecutive in a segment. */
const WINDOW = 1 << 22;
/** More segments than this are copied into one, so a long run of edits does not leave thousands of small files. */
const MAX_SEGMENTS = 16;

/** Opens the lines kept for `version` (a hash of the code that makes them) in `cacheDir`; `clean` ignores them. */
export function openDataLineCache(cacheDir: string, version: string, clean = false): DataLineCache {
  const indexFile = path.join(cacheDir, `${PREFIX}${version}.json`);
  // Read on first use, and only then are segments opened.
  let last: LineIndex | undefined;
  const index = (): LineIndex => (last ??= clean ? emptyIndex() : readIndex(cacheDir, indexFile));
  const segments = segmentReaders(cacheDir);
  return {
    get(key) {
      const place = index().places.get(key);
      return place && segments.read(index().segments[place[0]], place);
    },
    start() {
      const previous = index();
      const own = `${PREFIX}${version}-${randomUUID()}.txt`;
      const next: LineIndex = { segments: [...previous.segments, own], places: new Map() };
      const mine = next.segments.length - 1;
      let out: { fd: number; pieces: ReturnType<typeof pieceWriter> } | undefined;
      let written = 0;
      return {
        keep(key, line) {
          if (next.places.has(key)) return;
          // A line is a function of its key, so a line the last build kept stays where it is.
          const place = previous.places.get(key);
          if (place) {
            next.places.set(key, place);
            return;
          }
          if (!out) {
            const fd = openSync(path.join(cacheDir, own), 'w');
            out = { fd, pieces: pieceWriter(fd) };
          }
          const length = typeof line === 'string' ? Buffer.byteLength(line) : line.length;
          out.pieces.add(line);
          next.places.set(key, [mine, written, length]);
          written += length;
        },
        finish() {
          if (out) {
            out.pieces.end();
            closeSync(out.fd);
          }
          const used = usedSegments(next);
          const final = needsCopy(cacheDir, next, used) ? copyLines(cacheDir, version, next, segments) : renumber(next, used);
          segments.close();
          last = undefined;
          writeAtomically(indexFile, JSON.stringify({ segments: final.segments, places: [...final.places] }));
          // Segments this index does not use, other versions' files, and files a failed build left.
          const kept = new Set([path.basename(indexFile), ...final.segments]);
          for (const name of readdirSync(cacheDir)) {
            if (name.startsWith(PREFIX) && !kept.has(name)) rmSync(path.join(cacheDir, name), { force: true });
          }
        },
      };
    },
  };
}

/** The positions in `index.segments` that hold a kept line, in order. */
function usedSegments(index: LineIndex): number[] {
  const used = new Set<number>();
  for (const [segment] of index.places.values()) used.add(segment);
  return [...used].sort((a, b) => a - b);
}

/** Whether the kept lines should be copied into one segment: too many segments, or more bytes dead than kept. */
function needsCopy(cacheDir: string, index: LineIndex, used: readonly number[]): boolean {
  if (used.length > MAX_SEGMENTS) return true;
  let kept = 0;
  for (const [, , length] of index.places.values()) kept += length;
  const stored = used.reduce((sum, segment) => sum + statSync(path.join(cacheDir, index.segments[segment])).size, 0);
  return stored > 2 * kept;
}

/** The index without the segments no line is kept in. */
function renumber(index: LineIndex, used: readonly number[]): LineIndex {
  const position = new Map(used.map((segment, at) => [segment, at]));
  const places = new Map<string, Place>();
  for (const [key, [segment, offset, length]] of index.places) places.set(key, [position.get(segment)!, offset, length]);
  return { segments: used.map((segment) => index.segments[segment]), places };
}

/** Copies every kept line into one new segment, in the order they were kept; a line that cannot be read is left out. */
function copyLines(cacheDir: string, version: string, index: LineIndex, segments: SegmentReaders): LineIndex {
  const copy: LineIndex = { segments: [`${PREFIX}${version}-${randomUUID()}.txt`], places: new Map() };
  const fd = openSync(path.join(cacheDir, copy.segments[0]), 'w');
  try {
    const pieces = pieceWriter(fd);
    let offset = 0;
    for (const [key, place] of index.places) {
      const bytes = segments.read(index.segments[place[0]], place);
      if (!bytes) continue;
      pieces.add(bytes);
      copy.places.set(key, [0, offset, place[2]]);
      offset += place[2];
    }
    pieces.end();
  } finally {
    closeSync(fd);
  }
  return copy;
}

function emptyIndex(): LineIndex {
  return { segments: [], places: new Map() };
}

/** The last build's index, or an empty one when it is missing, unreadable or names a segment that is gone. */
function readIndex(cacheDir: string, indexFile: string): LineIndex {
  try {
    const { segments, places } = JSON.parse(readFileSync(indexFile, 'utf8')) as { segments: string[]; places: [string, Place][] };
    if (segments.every((segment) => existsSync(path.join(cacheDir, segment)))) return { segments, places: new Map(places) };
  } catch {
    // No index (a first build, or one of an older format): every line is made again.
  }
  return emptyIndex();
}

/** Reads byte ranges of segments, each through a window, so consecutive lines cost one read between them. */
interface SegmentReaders {
  /** The bytes at a place of the named segment; undefined when the segment is shorter than the place says. */
  read(segment: string, place: Place): Buffer | undefined;
  close(): void;
}

function segmentReaders(cacheDir: string): SegmentReaders {
  const open = new Map<string, { fd: number; window: Buffer; start: number }>();
  return {
    read(segment, [, offset, length]) {
      let reader = open.get(segment);
      if (!reader) open.set(segment, (reader = { fd: openSync(path.join(cacheDir, segment), 'r'), window: Buffer.alloc(0), start: 0 }));
      if (offset < reader.start || offset + length > reader.start + reader.window.length) {
        // A new buffer each time: lines handed out earlier still point into the last one.
        const window = Buffer.allocUnsafe(Math.max(WINDOW, length));
        reader.window = window.subarray(0, readSync(reader.fd, window, 0, window.length, offset));
        reader.start = offset;
        if (reader.window.length < length) return undefined;
      }
      return reader.window.subarray(offset - reader.start, offset - reader.start + length);
    },
    close() {
      for (const { fd } of open.values()) closeSync(fd);
      open.clear();
    },
  };
}
