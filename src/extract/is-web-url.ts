/** Whether a string is a web address a page may link to. */

/** True for absolute http(s) URLs: only those may become links, since article data is untrusted. */
export function isWebUrl(value: string): boolean {
  // An absolute URL has a scheme ending in a colon. Most values checked are absent fields (""), and letting the URL
  // parser throw on them cost more than all the other front-matter work of an article.
  if (!value.includes(':')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
