/**
 * One copy of each short string. Summaries arrive from worker threads and from the cache index as fresh copies of
 * the same names, cues, tags and dates over and over; at 100,000 articles sharing them saves about a sixth of the
 * memory the index takes. Long strings (quote text, summaries) are rarely equal and are left alone, and so are
 * hashes.
 */

const MAX_LENGTH = 64;

/**
 * Keys whose values are hashes (a quote's digest, a cache key, a summary's indexed-content digest): unique by
 * construction, so pooling them shares nothing. The 143,000 quote digests of 10,000 articles were two fifths of
 * the pool, and passing them by halved the interning of an edit's cached summaries.
 */
const HASH_KEYS = new Set(['digest', 'key', 'indexed']);

/** Replaces, in place, every short string inside `value` with the pool's copy; returns `value`. */
export function internStrings<T>(value: T, pool: Map<string, string>): T {
  return visit(value, pool) as T;
}

function visit(value: unknown, pool: Map<string, string>): unknown {
  if (typeof value === 'string') {
    if (value.length > MAX_LENGTH) return value;
    const shared = pool.get(value);
    if (shared !== undefined) return shared;
    pool.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = visit(value[index], pool);
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key in object) if (!HASH_KEYS.has(key)) object[key] = visit(object[key], pool);
  }
  return value;
}
