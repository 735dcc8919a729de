/** Whether a string is a web address a page may link to. */

/** True for absolute http(s) URLs: only those may become links, since article data is untrusted. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
