/**
 * Given names and their usual gender, from the maintained `gender-detection-from-name` package (MIT), which
 * covers English, Italian, Spanish, French, German and Turkish given names.
 */
import { getGender } from 'gender-detection-from-name';

const cache = new Map<string, 'male' | 'female' | undefined>();

/** The usual gender of a given name, or undefined when the name is not a known given name (memoised). */
export function firstNameGender(name: string): 'male' | 'female' | undefined {
  if (cache.has(name)) return cache.get(name);
  if (cache.size > 100_000) cache.clear();
  const g = getGender(name);
  const gender = g === 'unknown' ? undefined : g;
  cache.set(name, gender);
  return gender;
}
