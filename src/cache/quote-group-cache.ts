/**
 * Each speaker's grouping of quote reports from the last build, kept in the record cache's folder (whose name hashes
 * the index code, so a change to how quotes are grouped starts it empty). Grouping compares every quote with the
 * speaker's others that share its first or last words, which at 10,000 synthetic articles was the largest part of the
 * index stage; after an edit, only the speakers whose quotes the edit changed are grouped again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { QuoteGroupMemo } from '../index/group-quotes.js';
import { writeAtomically } from './record-cache.js';

const FILE = 'quote-groups.json';

/** The groupings kept in a record cache folder, and how to keep this build's for the next. */
export interface QuoteGroupCache {
  memo: QuoteGroupMemo;
  /** Replaces the kept groupings with those this build used. */
  save(): void;
}

/** Opens the groupings kept in `recordsDir` (none when the file is missing or unreadable). */
export function openQuoteGroupCache(recordsDir: string): QuoteGroupCache {
  const file = path.join(recordsDir, FILE);
  const memo: QuoteGroupMemo = { earlier: readGroupings(file), now: new Map() };
  return {
    memo,
    save: () => writeAtomically(file, JSON.stringify([...memo.now])),
  };
}

/** The groupings in the file; an entry that is not a valid grouping is left out, so its speaker is grouped again. */
function readGroupings(file: string): Map<string, number[]> {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return new Map();
  }
  const groupings = new Map<string, number[]>();
  if (!Array.isArray(entries)) return groupings;
  for (const entry of entries) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && isGrouping(entry[1])) groupings.set(entry[0], entry[1]);
  }
  return groupings;
}

/** Whether each position names itself or an earlier position that names itself: the first member of its group. */
function isGrouping(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  return value.every((first, index) => Number.isInteger(first) && first >= 0 && first <= index && value[first] === first);
}
