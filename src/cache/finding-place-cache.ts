/**
 * Where the last build placed each archive-wide warning (a name spelled two ways, a date in the future) in its file,
 * kept in the record cache's folder. Placing a warning parses its article again, and so loads the Markdown parser; an
 * edit elsewhere in the archive gives the same warnings in the same, unchanged files, so it places them from here.
 * An entry is keyed by the source's cache key (its path and bytes), so an edited file is placed again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Anchor } from '../types.js';
import type { Place } from '../extract/place-anchor.js';
import { writeAtomically } from './record-cache.js';

const FILE = 'finding-places.json';

/** Places of anchors in sources, by the source's cache key: those the last build found, and this build's. */
export interface FindingPlaceMemo {
  /** The place of `anchor` in the source with cache key `key`, if the last build placed it. */
  recall(key: string, anchor: Anchor): Place | undefined;
  /** Keeps a place this build used, for the next build. */
  remember(key: string, anchor: Anchor, place: Place): void;
}

/** The places kept in a record cache folder, and how to keep this build's for the next. */
export interface FindingPlaceCache {
  memo: FindingPlaceMemo;
  /** Replaces the kept places with those this build used. */
  save(): void;
}

/** Opens the places kept in `recordsDir` (none when the file is missing or unreadable). */
export function openFindingPlaceCache(recordsDir: string): FindingPlaceCache {
  const file = path.join(recordsDir, FILE);
  const earlier = readPlaces(file);
  const now = new Map<string, Place>();
  const id = (key: string, anchor: Anchor): string => JSON.stringify([key, anchor]);
  return {
    memo: {
      recall: (key, anchor) => earlier.get(id(key, anchor)),
      remember: (key, anchor, place) => void now.set(id(key, anchor), place),
    },
    save: () => writeAtomically(file, JSON.stringify([...now])),
  };
}

/** The places in the file; an entry that is not a place is left out, so its warning is placed again. */
function readPlaces(file: string): Map<string, Place> {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return new Map();
  }
  const places = new Map<string, Place>();
  if (!Array.isArray(entries)) return places;
  for (const entry of entries) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && isPlace(entry[1])) places.set(entry[0], entry[1]);
  }
  return places;
}

function isPlace(value: unknown): value is Place {
  const place = value as Place;
  return typeof value === 'object' && value !== null && Number.isInteger(place.line) && Number.isInteger(place.column);
}
