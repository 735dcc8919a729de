/**
 * The lines of `/data/articles.jsonl` from the last build, kept in the cache folder under a hash of what each line is
 * made from. A line holds an article's whole record, so making the file meant loading every record back from its
 * pack and stringifying it again: after a one-article edit of 10,000 articles, seconds spent remaking lines that had
 * not changed. Only each line's place in the file is held in memory (the lines are 150 MB at 10,000 articles), and
 * the next build's lines are written as they are made, under a temporary name renamed when all are in.
 */
import { closeSync, existsSync, openSync, readSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { pieceWriter } from '../write/piece-writer.js';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

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
  /** Makes the kept lines the cache's, and removes those of other code versions. */
  finish(): void;
}

const PREFIX = 'article-lines-';
/** The file is read in pieces of this many bytes: a large archive's file outgrows V8's strings. */
const PIECE = 1 << 22;

/** Opens the lines kept for `version` (a hash of the code that makes them) in `cacheDir`; `clean` ignores them. */
export function openDataLineCache(cacheDir: string, version: string, clean = false): DataLineCache {
  const file = path.join(cacheDir, `${PREFIX}${version}.txt`);
  // Indexed on first use, and only then is the file opened.
  let places: Map<string, [offset: number, length: number]> | undefined;
  let fd: number | undefined;
  const index = (): Map<string, [number, number]> => {
    if (places) return places;
    places = new Map();
    if (!clean && existsSync(file)) {
      fd = openSync(file, 'r');
      indexLines(fd, places);
    }
    return places;
  };
  const close = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    places = undefined;
  };
  return {
    get(key) {
      const place = index().get(key);
      if (!place || fd === undefined) return undefined;
      const bytes = Buffer.alloc(place[1]);
      readSync(fd, bytes, 0, place[1], place[0]);
      return bytes;
    },
    start() {
      const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
      const out = openSync(temporary, 'w');
      const pieces = pieceWriter(out);
      return {
        // One entry a line: the key, a space, and the JSON line itself (JSON.stringify never writes a raw newline).
        keep(key, line) {
          pieces.add(`${key} `);
          pieces.add(line);
        },
        finish() {
          pieces.end();
          closeSync(out);
          close();
          renameSync(temporary, file);
          // Lines of other code versions, and temporary files a failed build left.
          for (const name of readdirSync(cacheDir)) {
            if (name.startsWith(PREFIX) && name !== path.basename(file)) rmSync(path.join(cacheDir, name), { force: true });
          }
        },
      };
    },
  };
}

/** Records where each kept line starts in the file and how many bytes it has, reading the file in pieces. */
function indexLines(fd: number, places: Map<string, [number, number]>): void {
  const chunk = Buffer.alloc(PIECE);
  let carry = Buffer.alloc(0);
  // Where in the file `data` (the carried bytes, then the chunk just read) begins.
  let base = 0;
  for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
    const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
    let start = 0;
    for (let end = data.indexOf(10, start); end !== -1; start = end + 1, end = data.indexOf(10, start)) {
      const space = data.indexOf(32, start);
      if (space !== -1 && space < end) places.set(data.toString('utf8', start, space), [base + space + 1, end + 1 - (space + 1)]);
    }
    carry = Buffer.from(data.subarray(start));
    base += start;
  }
}
