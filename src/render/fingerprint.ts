/**
 * Fingerprints of what a page is made from, so a rebuild renders only the pages whose inputs changed. A route's
 * fingerprint covers its template (with everything it includes), the site settings and render code, its URL and
 * title, and its data. Data is fingerprinted by content, never by where it came from, so any route any branch adds
 * is covered without special cases. Objects many pages embed (article summaries, days, months) can be registered
 * as shared: each is then hashed once per build and stands in by its hash wherever it appears. Register them after
 * the last change to them, in groups from the innermost out, so an outer object's hash is made from the hashes of
 * the inner objects registered in earlier groups. An object whose whole content a short key decides (an article
 * made from a cached record: its cache key, id and slug) is hashed by that key instead of its content.
 *
 * Objects can also be tagged with numbers (articles with their position in the index): a shared object made from
 * tagged objects carries their tags, and a route or group fingerprinted with a set collects the tags of every shared
 * object it embeds. That is which pages an article's summary reaches, directly or inside a day, month or year.
 */
import { hash } from 'node:crypto';
import type { Route, RouteGroup } from './plan-routes.js';

/** Computes route fingerprints; shared objects are hashed once. */
export interface Fingerprinter {
  /**
   * Registers objects that many routes embed, so they are hashed once instead of once per page. `contentKey` may give
   * an object a key that decides its whole content (equal keys, equal content); it is then hashed by that key. The
   * key may be made of the hashes of objects shared earlier (`hashOf`, undefined for an object not shared).
   */
  share(objects: readonly object[], contentKey?: ContentKey): void;
  /** Tags each object with its position in `objects`; call it before sharing the objects made from them, so their tags carry over. */
  tag(objects: readonly object[]): void;
  /** The fingerprint of a route given the fingerprint of its template set; `tags` collects the tags it embeds. */
  route(route: Route, templateFingerprint: string, tags?: Set<number>): string;
  /** The fingerprint every page of a group shares: its template set and what the group is made of; `tags` as for `route`. */
  group(group: RouteGroup, templateFingerprint: string, tags?: Set<number>): string;
  /** The fingerprint of what another file (a data file) is made from, with the site settings and code. */
  data(inputs: unknown): string;
}

/** A key that decides an object's whole content, given the hashes of the objects shared before it; undefined to hash its content. */
export type ContentKey = (object: object, hashOf: (member: unknown) => string | undefined) => string | undefined;

/** A fingerprinter for one build; `site` is everything besides the route that every page depends on. */
export function createFingerprinter(site: string): Fingerprinter {
  // A shared object's hash, with its tags when it has any: one lookup finds both. Maps, not WeakMaps: V8's WeakMap
  // slows down past about two million keys (a lookup took 0.1-0.4 µs up to 2,000,000 objects, 2.3 µs at 2,500,000
  // and 6 µs at 3,000,000 here), and 100,000 articles share 3.1 million objects: planning them took 499 s of CPU,
  // 94 s with Maps. The fingerprinter lives for one build's pages and data files, while the index holds the objects.
  const shared = new Map<object, string | TaggedHash>();
  let sharedAny = false;
  // Tags given to objects not shared yet.
  const givenTags = new Map<object, number[]>();
  let tagged = false;
  // Where the shared objects met while encoding leave their tags, when anyone asked for them.
  let collecting: Set<number> | undefined;
  const hashOf = (member: unknown): string | undefined => {
    const found = typeof member === 'object' && member !== null ? shared.get(member) : undefined;
    if (found === undefined || typeof found === 'string') return found;
    if (collecting) for (const tag of found.tags) collecting.add(tag);
    return found.hash;
  };
  const replacer = function (this: unknown, key: string, value: unknown): unknown {
    // The root is never replaced by its own hash, or a shared object would fingerprint as its hash of itself.
    return key !== '' && typeof value === 'object' && value !== null ? (hashOf(value) ?? value) : value;
  };
  /**
   * `JSON.stringify(value, replacer)`, with arrays walked here: a group's inputs and a data file's are arrays of shared
   * objects, and calling the replacer for every member cost more than encoding them (the quote permalink groups of
   * 10,000 synthetic articles: 1.1–1.5 s → 0.5–0.8 s). Objects go to `JSON.stringify`: walking their contents here
   * measured slower.
   */
  const encode = (value: unknown): string => {
    if (!Array.isArray(value)) return JSON.stringify(value, replacer);
    let out = '[';
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const hash = hashOf(item);
      // What JSON writes for a member it cannot encode (undefined, a function) is null.
      out += (index ? ',' : '') + (hash !== undefined ? `"${hash}"` : Array.isArray(item) ? encode(item) : (JSON.stringify(item, replacer) ?? 'null'));
    }
    return `${out}]`;
  };
  /** `encode(value)`, with the tags of the shared objects it meets collected into `tags`. */
  const encodeCollecting = (value: unknown, tags: Set<number> | undefined): string => {
    collecting = tags;
    try {
      return encode(value);
    } finally {
      collecting = undefined;
    }
  };
  return {
    share(objects, contentKey) {
      // Hashed against what was shared before this call, then registered together. Until something is shared the
      // encoding changes nothing, so the first (largest) group goes through the much faster plain stringify.
      const plain = !sharedAny;
      // Each object's members' tags, collected while it is hashed, become its own.
      const tags = tagged ? new Set<number>() : undefined;
      collecting = tags;
      try {
        const digests = objects.map((object): string | TaggedHash => {
          tags?.clear();
          const key = contentKey?.(object, hashOf);
          // Keys and contents are hashed apart, so no object's key can pass for another object's content.
          const hash = `#${digest(key !== undefined ? `key\n${key}` : plain ? JSON.stringify(object) : encode(object))}`;
          const given = tags && givenTags.get(object);
          if (!given && !tags?.size) return hash;
          return { hash, tags: [...(given ?? []), ...tags!] };
        });
        objects.forEach((object, index) => shared.set(object, digests[index]));
      } finally {
        collecting = undefined;
      }
      sharedAny ||= objects.length > 0;
    },
    tag(objects) {
      objects.forEach((object, position) => givenTags.set(object, [position]));
      tagged ||= objects.length > 0;
    },
    route(route, templateFingerprint, tags) {
      const head = JSON.stringify([site, templateFingerprint, route.path, route.output, route.template, route.title]);
      return digest(`${head}\n${encodeCollecting(route.data, tags)}`);
    },
    group(group, templateFingerprint, tags) {
      const head = JSON.stringify([site, templateFingerprint, group.template]);
      return digest(`${head}\n${encodeCollecting(group.inputs(), tags)}`);
    },
    data(inputs) {
      return digest(`${JSON.stringify(site)}\n${encode(inputs)}`);
    },
  };
}

/** A shared object's hash and the tags it carries. */
interface TaggedHash {
  hash: string;
  tags: number[];
}

/** A short content hash of a string or bytes. */
export function digest(value: string | Uint8Array): string {
  return hash('sha1', value, 'base64url');
}
