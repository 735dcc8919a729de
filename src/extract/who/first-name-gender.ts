/**
 * Given names and their usual gender, from the maintained `gender-detection-from-name` package (MIT), which
 * covers English, Italian, Spanish, French, German and Turkish given names.
 */
import { getGender } from 'gender-detection-from-name';

/** The usual gender of a given name, or undefined when the name is not a known given name. */
export function firstNameGender(name: string): 'male' | 'female' | undefined {
  const g = getGender(name);
  return g === 'unknown' ? undefined : g;
}
