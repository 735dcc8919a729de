/**
 * The cache key of every source file. A key is a hash of the file's bytes, so an edit is never missed; to avoid
 * reading every byte of an unchanged archive on each build, a file whose size, inode, modification and change
 * times all match the last build's keeps the key computed then, as git's index does. The change time cannot be
 * set back by tools that preserve modification times (unpacking, copying, `touch -d`), and a file changed within
 * two seconds of the last scan is always read again, so a same-timestamp edit is not missed either.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sourceKey } from './cache-version.js';
import { writeAtomically } from './record-cache.js';
import { MAX_ARTICLE_BYTES } from '../read/read-sources.js';

/** A source file found for the build and its cache key ("" when it could not be read). */
export interface KeyedSource {
  path: string;
  relativePath: string;
  key: string;
  /** True when the last scan keyed this file from other bytes: an edit, which the build can start on early. */
  edited?: boolean;
}

type StatEntry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, key: string];

const RACY_MS = 2000;

/** Keys every source; `statsFile` holds the file stats seen last time (ignored when `clean`). */
export function keySources(paths: string[], contentDir: string, version: string, statsFile: string, clean: boolean): KeyedSource[] {
  const previous = clean ? undefined : readStats(statsFile);
  const next: Record<string, StatEntry> = {};
  const started = Date.now();
  const keyed = paths.map((file) => {
    const relativePath = path.relative(contentDir, file).split(path.sep).join('/');
    let info;
    try {
      info = statSync(file);
    } catch {
      return { path: file, relativePath, key: '' };
    }
    // Not a regular file, or too large: extraction reports why, and a named pipe must never be read here.
    if (!info.isFile() || info.size > MAX_ARTICLE_BYTES) return { path: file, relativePath, key: '' };
    const seen = previous?.files[relativePath];
    const trusted = seen && seen[0] === info.size && seen[1] === info.mtimeMs && seen[2] === info.ctimeMs && seen[3] === info.ino && info.ctimeMs < previous.savedAt - RACY_MS;
    let key = trusted ? seen[4] : '';
    if (!key) {
      try {
        key = sourceKey(version, relativePath, readFileSync(file));
      } catch {
        return { path: file, relativePath, key: '' };
      }
    }
    next[relativePath] = [info.size, info.mtimeMs, info.ctimeMs, info.ino, key];
    return seen && seen[4] !== key ? { path: file, relativePath, key, edited: true } : { path: file, relativePath, key };
  });
  writeAtomically(statsFile, JSON.stringify({ savedAt: started, files: next }));
  return keyed;
}

function readStats(file: string): { savedAt: number; files: Record<string, StatEntry> } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { savedAt: number; files: Record<string, StatEntry> };
  } catch {
    return undefined;
  }
}
