/**
 * The version a cached record (or a rendered page) is valid for: Dateline's version, its declared dependencies, and
 * a hash of the code that makes it (read, parse, extract, the worker and the summary for records; all of it for
 * pages). Hashing the code itself instead of trusting
 * a hand-bumped "rules version" means a changed extraction rule can never serve stale records, in a release or in
 * a working copy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The source folders whose code decides what a record holds. */
export const RECORD_CODE = ['read', 'parse', 'extract', 'pool', 'index'];

/**
 * All of Dateline's code, for pages: a page can depend on any of it (how routes are planned, what the build passes
 * to templates), and a needless re-render costs little, since unchanged bytes are not written.
 */
export const ALL_CODE = ['.'];

/** A short hex string naming Dateline's version, dependencies and the code in `folders` (recursively) under `root`. */
export function codeVersion(folders: string[], root = fileURLToPath(new URL('../', import.meta.url))): string {
  const hash = createHash('sha256');
  const manifest = JSON.parse(readFileSync(path.join(root, '..', 'package.json'), 'utf8')) as { version: string; dependencies?: object };
  hash.update(`${manifest.version}\n${JSON.stringify(manifest.dependencies ?? {})}\n`);
  for (const folder of folders) {
    const dir = path.join(root, folder);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(?:js|ts)$/.test(file) && !file.endsWith('.d.ts')).sort();
    for (const file of files) hash.update(`${folder}/${file}\n`).update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The cache key of one source file: its path relative to the content folder, its bytes, and the cache version. */
export function sourceKey(version: string, relativePath: string, bytes: Uint8Array): string {
  return createHash('sha1').update(version).update('\0').update(relativePath).update('\0').update(bytes).digest('hex');
}
