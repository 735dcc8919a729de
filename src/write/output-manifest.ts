/**
 * The manifest of a built site: for every file, the fingerprint of its inputs and a hash of its bytes. Comparing
 * the new build's fingerprints with the last build's manifest tells which pages to render; comparing bytes tells
 * which of those to write; files in the old manifest and not in the new one are deleted.
 */
import type { OutputFile } from '../types.js';
import type { Problem } from '../report/problem.js';
import { digest } from '../render/fingerprint.js';

/** What the manifest keeps of one file: the fingerprint of its inputs and the hash of its bytes. */
export type FileEntry = [inputs: string, bytes: string];

/**
 * What a committed build left: its id, the fingerprint of all its inputs, and each file's [inputs, bytes] hashes.
 * A manifest read from disk (`readManifest`) has its id, inputs and report at once, and reads and parses `plan` and
 * `files` only when they are first used (then keeps them): a build that finds nothing changed never does.
 */
export interface OutputManifest {
  readonly buildId: string;
  /** A hash of every input of the build; equal inputs mean an identical site. */
  readonly inputs: string;
  /** Every file of the site by its path, in the order the build recorded them. */
  readonly files: ReadonlyMap<string, FileEntry>;
  /** What the build reported, so a build that finds nothing changed reports the same. */
  readonly report: { articles: number; pages: number; dropped: number; problems: Problem[] };
  /** What the next build needs to re-plan an edit that leaves every other page as it was (build-changes.ts). */
  readonly plan?: PagePlan;
}

/**
 * What decided a build's pages, for the next build: when its page inputs are the same, every page stays but those
 * that reach an article whose cache key changed.
 */
export interface PagePlan {
  /** A hash of everything the pages are made from, but each article's cache key and word count. */
  inputs: string;
  /** The cache key of each article of the index, in its order. */
  keys: string[];
  /** For each article (by position in the index), the positions of the planned pages that embed it. */
  reached: Array<number[] | null>;
}

/** Builds the next manifest while deciding what to render and write. */
export interface ManifestBuilder {
  /** Records a file's input fingerprint; true when the last build made it from the same inputs, so it can stay. */
  unchanged(path: string, inputs: string): boolean;
  /** Keeps the last build's entry for a file this build knows to be unchanged; false when there is none. */
  keep(path: string): boolean;
  /**
   * Keeps every file under `folder` (ending in `/`) that the last build made from these inputs (the files of one
   * search shard) and this build has not recorded already; true when there were any.
   */
  keepMadeFrom(inputs: string, folder: string): boolean;
  /** Records a rendered file's bytes; true when they differ from what is on disk, so it must be written. */
  differs(file: OutputFile): boolean;
  /** `differs` for a file already hashed (`digest` of its contents), as render workers that write their pages do. */
  differsByHash(path: string, bytes: string): boolean;
  /**
   * `differs` for a file whose bytes are a function of the inputs just recorded for it (`unchanged` was false): those
   * inputs are recorded as its bytes' hash too, so it is written without being hashed. At 10,000 articles hashing
   * `/data/articles.jsonl` (108 MB) was 0.3 s of a 6 s edit, and an edit changes its bytes anyway.
   */
  differsByInputs(path: string): boolean;
  /** The files of the last build that this build no longer makes. */
  stale(): string[];
  /** The finished manifest. */
  finish(buildId: string, inputs: string, report: OutputManifest['report'], plan?: PagePlan): OutputManifest;
}

/** Starts a manifest; with no previous manifest every file is rendered and written. */
export function startManifest(previous: OutputManifest | undefined): ManifestBuilder {
  const files = new Map<string, FileEntry>();
  const before: ReadonlyMap<string, FileEntry> = previous?.files ?? new Map();
  const differsByHash = (path: string, bytes: string): boolean => {
    // A new entry, never a change to one: an unchanged page's entry is the last manifest's own.
    files.set(path, [files.get(path)?.[0] ?? '', bytes]);
    return before.get(path)?.[1] !== bytes;
  };
  let madeFrom: Map<string, string[]> | undefined;
  return {
    unchanged(path, inputs) {
      const old = before.get(path);
      const same = old?.[0] === inputs;
      // The last manifest's entry is kept as it is (nine in ten pages of an edit): no array made per page.
      files.set(path, same ? old : [inputs, '']);
      return same;
    },
    keep(path) {
      const old = before.get(path);
      if (old) files.set(path, old);
      return old !== undefined;
    },
    keepMadeFrom(inputs, folder) {
      if (!madeFrom) {
        // Only the folder's files: grouping the pages too (nine in ten entries) cost about a second of an edit at
        // 10,000 articles.
        madeFrom = new Map();
        for (const [path, [fileInputs]] of before) {
          if (!path.startsWith(folder) || files.has(path)) continue;
          const list = madeFrom.get(fileInputs);
          if (list) list.push(path);
          else madeFrom.set(fileInputs, [path]);
        }
      }
      const paths = madeFrom.get(inputs) ?? [];
      for (const path of paths) files.set(path, before.get(path)!);
      return paths.length > 0;
    },
    differs: (file) => differsByHash(file.path, digest(file.contents)),
    differsByHash,
    differsByInputs(path) {
      const inputs = files.get(path)?.[0];
      if (!inputs) throw new Error(`No inputs were recorded for ${path}`);
      return differsByHash(path, inputs);
    },
    stale() {
      const stale: string[] = [];
      for (const path of before.keys()) if (!files.has(path)) stale.push(path);
      return stale;
    },
    finish: (buildId, inputs, report, plan) => ({ buildId, inputs, files, report, ...(plan && { plan }) }),
  };
}
