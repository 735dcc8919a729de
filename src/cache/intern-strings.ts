/**
 * One copy of each short string. Summaries arrive from worker threads and from the cache index as fresh copies of
 * the same names, cues, tags and dates over and over; at 100,000 articles sharing them saves about a sixth of the
 * memory the index takes. Long strings (quote text, summaries) are rarely equal and are left alone.
 */

const MAX_LENGTH = 64;

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
    for (const key in object) object[key] = visit(object[key], pool);
  }
  return value;
}
