/**
 * The version a cached record (or a rendered page) is valid for: Dateline's version, its declared dependencies, and
 * a hash of the code that makes it (read, parse, extract and the worker for records; render for pages). Hashing the code itself instead of trusting
 * a hand-bumped "rules version" means a changed extraction rule can never serve stale records, in a release or in
 * a working copy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The source folders whose code decides what a record holds. */
export const RECORD_CODE = ['read', 'parse', 'extract', 'pool', 'index'];

/** The source folders whose code decides how a page looks, besides its templates and data. */
export const RENDER_CODE = ['render'];

/** A short hex string naming this copy of Dateline's version, dependencies and the code in `folders`. */
export function codeVersion(folders: string[]): string {
  const hash = createHash('sha256');
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; dependencies?: object };
  hash.update(`${manifest.version}\n${JSON.stringify(manifest.dependencies ?? {})}\n`);
  const root = fileURLToPath(new URL('../', import.meta.url));
  for (const folder of folders) {
    const dir = path.join(root, folder);
    for (const name of readdirSync(dir).filter((file) => /\.(?:js|ts)$/.test(file) && !file.endsWith('.d.ts')).sort()) {
      hash.update(`${folder}/${name}\n`).update(readFileSync(path.join(dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The cache key of one source file: its path relative to the content folder, its bytes, and the cache version. */
export function sourceKey(version: string, relativePath: string, bytes: Uint8Array): string {
  return createHash('sha1').update(version).update('\0').update(relativePath).update('\0').update(bytes).digest('hex');
}
