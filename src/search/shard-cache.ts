/**
 * Built search shards kept between builds in the cache folder, one file per shard named by the fingerprint of
 * what was indexed, so a rebuild re-indexes only the shards whose records changed and reuses the others byte for
 * byte. Files are written under a temporary name and renamed, so a crash never leaves a half-written shard that a
 * later build would trust; one that cannot be read is simply built again.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { OutputFile } from '../types.js';
import { writeAtomically } from '../cache/record-cache.js';

/** The shards of earlier builds, by fingerprint. */
export interface ShardCache {
  /** True when a shard with this fingerprint is kept (it may still turn out unreadable: `load` says). */
  has(fingerprint: string): boolean;
  /** The files of the shard with this fingerprint, or undefined when it must be built. */
  load(fingerprint: string): OutputFile[] | undefined;
  /** Keeps a built shard's files for later builds. */
  save(fingerprint: string, files: OutputFile[]): void;
  /** Keeps the requests a shard was indexed from, so an edit can make its shard's again without the index. */
  saveRequests(fingerprint: string, requests: KeptRequests): void;
  /** The requests the shard with this fingerprint was indexed from, if kept and readable. */
  loadRequests(fingerprint: string): KeptRequests | undefined;
  /** Deletes every kept shard (and its requests) but these, so the folder holds one archive's worth of shards. */
  keepOnly(fingerprints: Set<string>): void;
  /** What the last build made, if it recorded it. */
  last(): LastBundle | undefined;
  /** Records what this build made. */
  saveLast(bundle: LastBundle): void;
}

/**
 * What a build made of the search index: the digest of its inputs, its shards' placed fingerprints, its list, what
 * else its shards' fingerprints hashed (`salt`: code, Pagefind, language), and each shard as an edit needs it.
 */
export interface LastBundle {
  inputs: string;
  placed: string[];
  list: string;
  salt?: string;
  shards?: LastShard[];
}

/** An article of a shard: its cache key ('' when it has none) and a digest of its URL, search data and quote records. */
export type ShardArticle = [key: string, search: string];

/** One shard of the last build, as an edit needs it before the index is built (`edited-shards.ts`). */
export interface LastShard {
  fingerprint: string;
  /** A digest of its articles' cache keys. */
  keys: string;
  /** How many pages and records it holds. */
  requests: number;
  /** Its articles' sources, in order. */
  sources: string[];
  /**
   * Each article's cache key and a digest of its URL, search data and quote records, in order (absent in a
   * `last.json` of an older Dateline).
   */
  articles?: ShardArticle[];
}

/** The Pagefind requests of one shard (`packRequests`), and the position of each article's page among them. */
export interface KeptRequests {
  packed: Uint8Array;
  pages: number[];
}

const SUFFIX = '.shard';
const REQUESTS_SUFFIX = '.requests';
const LAST = 'last.json';

/** Opens (creating) the shard cache under `cacheDir`; `clean` empties it first. */
export function openShardCache(cacheDir: string, clean = false): ShardCache {
  const dir = path.join(cacheDir, 'search-shards');
  if (clean) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = (fingerprint: string, suffix = SUFFIX): string => path.join(dir, fingerprint + suffix);
  return {
    has: (fingerprint) => existsSync(file(fingerprint)),
    load(fingerprint) {
      try {
        // v8's serializer keeps the bytes as Uint8Arrays, with no encoding step either way.
        return deserialize(readFileSync(file(fingerprint))) as OutputFile[];
      } catch {
        return undefined;
      }
    },
    save(fingerprint, files) {
      writeAtomically(file(fingerprint), serialize(files.map(({ path, contents }) => ({ path, contents }))));
    },
    // A line of the pages' positions, then the requests' bytes as they are (v8's serializer took ten times as long).
    saveRequests(fingerprint, { packed, pages }) {
      writeAtomically(file(fingerprint, REQUESTS_SUFFIX), Buffer.concat([Buffer.from(`${JSON.stringify(pages)}\n`), packed]));
    },
    loadRequests(fingerprint) {
      try {
        const bytes = readFileSync(file(fingerprint, REQUESTS_SUFFIX));
        const newline = bytes.indexOf(10);
        return { pages: JSON.parse(bytes.subarray(0, newline).toString()) as number[], packed: bytes.subarray(newline + 1) };
      } catch {
        return undefined;
      }
    },
    keepOnly(fingerprints) {
      for (const name of readdirSync(dir)) {
        // Temporary files are left alone: they may be another build's shard on its way in.
        const suffix = [SUFFIX, REQUESTS_SUFFIX].find((each) => name.endsWith(each));
        if (suffix && !fingerprints.has(name.slice(0, -suffix.length))) rmSync(path.join(dir, name), { force: true });
      }
    },
    last() {
      try {
        return JSON.parse(readFileSync(path.join(dir, LAST), 'utf8')) as LastBundle;
      } catch {
        return undefined;
      }
    },
    saveLast(bundle) {
      writeAtomically(path.join(dir, LAST), JSON.stringify(bundle));
    },
  };
}
