/**
 * The archive's people as the last build indexed them (and the names it found spelled two ways), kept in the record
 * cache's folder (whose name hashes the index code) under a digest of what they were made from: every summary's
 * `indexedContentDigest` in source order and the people file. An edit of an article's body leaves that digest as it
 * was, so the next build takes the people from here instead of merging them across the archive again (most of the
 * index stage at 10,000 articles).
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ArchivePeople, PeopleMemo } from '../index/index-people.js';
import { writeAtomically } from './record-cache.js';

const PREFIX = 'people-';

/** The kept people for one digest of inputs, and how to keep this build's for the next. */
export interface PeopleIndexCache {
  memo: PeopleMemo;
  /** Keeps the people this build indexed under its inputs' digest, unless they were read from there. */
  save(): void;
}

/** Opens the people kept in `recordsDir` for `inputs` (a digest of the summaries and the people file). */
export function openPeopleIndexCache(recordsDir: string, inputs: string): PeopleIndexCache {
  const file = path.join(recordsDir, `${PREFIX}${inputs}.json`);
  const earlier = readPeople(file);
  const memo: PeopleMemo = { earlier };
  return {
    memo,
    save() {
      if (earlier || !memo.now) return;
      writeAtomically(file, JSON.stringify(memo.now));
      for (const name of readdirSync(recordsDir)) {
        if (name.startsWith(PREFIX) && name.endsWith('.json') && path.join(recordsDir, name) !== file) rmSync(path.join(recordsDir, name), { force: true });
      }
    },
  };
}

/** The people in the file, or none when it is missing, unreadable or not of the right shape. */
function readPeople(file: string): ArchivePeople | undefined {
  let kept: unknown;
  try {
    kept = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof kept !== 'object' || kept === null) return undefined;
  const { people, personSlugs, nameVariants } = kept as Partial<ArchivePeople>;
  if (!Array.isArray(people) || typeof personSlugs !== 'object' || personSlugs === null) return undefined;
  // Without the name variants, they are found again.
  return Array.isArray(nameVariants) ? { people, personSlugs, nameVariants } : { people, personSlugs };
}
