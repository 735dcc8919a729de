/**
 * The lines of `/data/articles.jsonl` from the last build, kept in the cache folder under a hash of what each line is
 * made from. A line holds an article's whole record, so making the file meant loading every record back from its
 * pack and stringifying it again: after a one-article edit of 10,000 articles, seconds spent remaking lines that had
 * not changed. The file is written under a temporary name and renamed, so it is never read half-written.
 */
import { closeSync, existsSync, openSync, readSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

/** Lines kept from the last build, by the hash of their inputs. */
export interface DataLineCache {
  /** The line made last time from the inputs with this hash, if it was kept. */
  get(key: string): string | undefined;
  /** Keeps exactly these lines for the next build; the file is rewritten only when they are not the ones it holds. */
  save(lines: Map<string, string>): void;
}

const PREFIX = 'article-lines-';

/** Opens the lines kept for `version` (a hash of the code that makes them) in `cacheDir`; `clean` ignores them. */
export function openDataLineCache(cacheDir: string, version: string, clean = false): DataLineCache {
  const file = path.join(cacheDir, `${PREFIX}${version}.txt`);
  // Read on first use, so the lines are in memory only while the data files are made.
  let loaded: Map<string, string> | undefined;
  const kept = (): Map<string, string> => (loaded ??= clean ? new Map() : readLines(file));
  return {
    get: (key) => kept().get(key),
    save(lines) {
      const same = lines.size === kept().size && [...lines.keys()].every((key) => kept().has(key));
      if (!same) writeLines(file, lines);
      for (const name of existsSync(cacheDir) ? readdirSync(cacheDir) : []) {
        if (name.startsWith(PREFIX) && name !== path.basename(file)) rmSync(path.join(cacheDir, name), { force: true });
      }
      loaded = undefined;
    },
  };
}

// One entry a line: the key, a space, and the JSON line itself (JSON.stringify never writes a raw newline). Read in
// pieces, since a large archive's file is longer than the longest string V8 can make.
function readLines(file: string): Map<string, string> {
  const lines = new Map<string, string>();
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return lines;
  }
  try {
    const chunk = Buffer.alloc(1 << 22);
    let carry = Buffer.alloc(0);
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let end = data.indexOf(10, start); end !== -1; start = end + 1, end = data.indexOf(10, start)) {
        const space = data.indexOf(32, start);
        if (space !== -1 && space < end) lines.set(data.toString('utf8', start, space), data.toString('utf8', space + 1, end + 1));
      }
      carry = Buffer.from(data.subarray(start));
    }
    return lines;
  } finally {
    closeSync(fd);
  }
}

function writeLines(file: string, lines: Map<string, string>): void {
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    let piece: string[] = [];
    let length = 0;
    for (const [key, line] of lines) {
      piece.push(key, ' ', line);
      length += line.length;
      if (length > 1 << 22) {
        writeSync(fd, piece.join(''));
        piece = [];
        length = 0;
      }
    }
    if (piece.length) writeSync(fd, piece.join(''));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}
