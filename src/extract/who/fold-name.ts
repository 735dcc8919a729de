/** Latin letters that Unicode does not decompose into a base letter and a mark, as writers without them spell them. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/**
 * Folds a name for comparison: lower case, accents removed, letters such as "ł" and "ø" written as their base letter
 * ("Jarosław Kaczyński" and "Jaroslaw Kaczynski" fold alike), curly apostrophes straightened.
 */
export function foldName(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase();
  return withBaseLetters(name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\u2019/g, "'").toLowerCase());
}

/** Lower-case text with the letters Unicode does not decompose ("ł", "ø", "ß") written as their base letters. */
export function withBaseLetters(lower: string): string {
  return lower.replace(/[łøđðħıßæœþ]/g, (letter) => UNDECOMPOSED[letter]);
}

/** Edit distance between two short strings, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}
