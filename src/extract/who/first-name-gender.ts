/**
 * Given names and their usual gender, from the maintained `gender-detection-from-name` package (MIT), which
 * covers English, Italian, Spanish, French, German and Turkish given names. The package is loaded on the first
 * lookup, not with this module: its name lists take about 0.2 s to load, and the index code imports this module
 * for merging people, which an edit that changes no name never does.
 */
import { createRequire } from 'node:module';

let getGender: (typeof import('gender-detection-from-name'))['getGender'] | undefined;

// null marks a name already looked up and not found, so each call costs one lookup.
const cache = new Map<string, 'male' | 'female' | null>();

/** The usual gender of a given name, or undefined when the name is not a known given name (memoised). */
export function firstNameGender(name: string): 'male' | 'female' | undefined {
  const known = cache.get(name);
  if (known !== undefined) return known ?? undefined;
  if (cache.size > 100_000) cache.clear();
  getGender ??= (createRequire(import.meta.url)('gender-detection-from-name') as typeof import('gender-detection-from-name')).getGender;
  const g = getGender(name);
  const gender = g === 'unknown' ? null : g;
  cache.set(name, gender);
  return gender ?? undefined;
}
