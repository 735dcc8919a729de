/**
 * Given names and their usual gender, from the maintained `gender-detection-from-name` package (MIT), which
 * covers English, Italian, Spanish, French, German and Turkish given names.
 */
import { getGender } from 'gender-detection-from-name';

// null marks a name already looked up and not found, so each call costs one lookup.
const cache = new Map<string, 'male' | 'female' | null>();

/** The usual gender of a given name, or undefined when the name is not a known given name (memoised). */
export function firstNameGender(name: string): 'male' | 'female' | undefined {
  const known = cache.get(name);
  if (known !== undefined) return known ?? undefined;
  if (cache.size > 100_000) cache.clear();
  const g = getGender(name);
  const gender = g === 'unknown' ? null : g;
  cache.set(name, gender);
  return gender ?? undefined;
}
