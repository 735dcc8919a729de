/**
 * Route data sent to a render worker by reference. Pages embed the same objects over and over (an article is in its
 * own page, its day, month and year, and in the quote and person pages that cite it), and structured cloning copied
 * each one into every batch that used it: most of the render stage's time went into cloning. Instead, each shared
 * object (the groups `sharedObjects` lists) crosses to a worker once, and routes name it by number. The worker keeps
 * what it was sent in a table of bounded size; the sender mirrors that table, so it knows what to send again.
 *
 * A reference travels as a BigInt: route data is plain JSON (types.ts), which never holds one.
 */

/**
 * Shared objects numbered, with each one's size in a message once it has been sent (0 before), and whether it holds
 * other shared objects (1), none (2) or is not known yet (0). Sendable copies are not kept: a copy and a list of
 * references for every object sent held 52 MiB of the main thread's live heap at 10,000 synthetic articles (320,000
 * objects), and only objects holding references (a quote entry's three, a day's articles) need a copy at all, which
 * is cheap to make again.
 */
export interface SharedObjects {
  ids: Map<object, number>;
  objects: object[];
  bytes: Uint32Array;
  references: Uint8Array;
}

/**
 * One message to a worker: values with references, the shared objects it lacks (inner ones first, each marked when
 * it holds references to others), and the ones it may drop.
 */
export interface SharedMessage<T> {
  value: T;
  objects: Array<[id: number, form: unknown, hasReferences: boolean]>;
  evict: number[];
}

/**
 * How much a worker keeps of an archive with `objectCount` shared objects, in `approximateBytes` (close to the bytes
 * a message takes): far more than a batch uses. Bounded by size, not count: objects range from a quote entry's three
 * references to a person listing thousands of articles. A quote page lists up to 20 other reports of its quote from
 * anywhere in the archive, so the table cannot hold what the next batch needs. At 10,000 synthetic articles, a replay
 * of a build's messages sent one worker 1.29 GB with a table of 4,096 objects (about 5 MB), 0.75 GB with 16 MB and
 * 0.43 GB with 32 MB; three builds side by side took 183.9, 175.3 and 166.4 s of user CPU and peaked at 877, 919 and
 * 971 MiB, and 32 MB later took a clean build to 1,008 MiB (929 MiB with 16 MB), past the 1 GB target. What a fixed
 * size holds is a smaller share of the archive as it grows, so each object is sent more often: at 40,000 articles a
 * replay sent 2.33 GB with 16 MB, 1.63 GB with 32 MB and 0.87 GB with 64 MB, against 0.18 GB at 10,000 with 16 MB,
 * and in CPU profiles of the two builds (`--no-search`) sending (encoding, `postMessage`) grew from 20 s, 13 % of the
 * main thread's busy time, to 182 s, 29 %: nine times as much for four times the articles, on the thread the render
 * workers wait for. So the table holds the share of the archive that 16 MB holds at 10,000 articles (319,901 objects),
 * from 16 MB up to 64 MB.
 */
export function tableCapacity(objectCount: number): number {
  return Math.min(MAX_CAPACITY, Math.max(MIN_CAPACITY, Math.round((MIN_CAPACITY * objectCount) / OBJECTS_AT_10000)));
}

const MIN_CAPACITY = 16 * 1024 * 1024;
const MAX_CAPACITY = 64 * 1024 * 1024;
/** Shared objects of the bench's 10,000 synthetic articles, for which 16 MB was chosen. */
const OBJECTS_AT_10000 = 319_901;

/** Numbers the objects of the groups; objects outside them are copied as before. */
export function numberSharedObjects(groups: readonly (readonly object[])[]): SharedObjects {
  const ids = new Map<object, number>();
  const objects: object[] = [];
  for (const group of groups) for (const object of group) if (!ids.has(object)) ids.set(object, objects.push(object) - 1);
  return { ids, objects, bytes: new Uint32Array(objects.length), references: new Uint8Array(objects.length) };
}

/** An encoder for one worker: it remembers what that worker holds. */
export function createSharedObjectEncoder(shared: SharedObjects, capacity = tableCapacity(shared.objects.length)): <T>(value: T) => SharedMessage<T> {
  // Id → bytes, least recently used first.
  const held = new Map<number, number>();
  let heldBytes = 0;
  return (value) => {
    const objects: SharedMessage<unknown>['objects'] = [];
    const used = new Set<number>();
    const send = (id: number): void => {
      if (used.has(id)) return;
      used.add(id);
      const bytes = held.get(id);
      if (bytes !== undefined) {
        held.delete(id);
        held.set(id, bytes);
        return;
      }
      const { form, nested, bytes: size } = formOf(shared, id);
      for (const inner of nested) send(inner);
      objects.push([id, form, nested.length > 0]);
      held.set(id, size);
      heldBytes += size;
    };
    const nested: number[] = [];
    const encoded = withReferences(value, shared.ids, nested) as typeof value;
    for (const id of nested) send(id);
    // Least recently used first; what this message uses was just moved to the end, so it is never dropped.
    const evict: number[] = [];
    for (const [id, bytes] of held) {
      if (heldBytes <= capacity || used.has(id)) break;
      held.delete(id);
      heldBytes -= bytes;
      evict.push(id);
    }
    return { value: encoded, objects, evict };
  };
}

/** The worker's end: keeps the shared objects it is sent and puts them back in place of their references. */
export function createSharedObjectDecoder(): <T>(message: SharedMessage<T>) => T {
  const table = new Map<number, unknown>();
  const resolve = (value: unknown): unknown => {
    if (typeof value === 'bigint') return table.get(Number(value));
    if (typeof value !== 'object' || value === null) return value;
    // The message is a fresh copy, so it is filled in place.
    if (Array.isArray(value)) for (let index = 0; index < value.length; index++) value[index] = resolve(value[index]);
    else for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = resolve((value as Record<string, unknown>)[key]);
    return value;
  };
  return (message) => {
    // Most shared objects (quotes, cards) hold no references and are kept as they came: walking them key by key, with
    // the routes, was 94 s of a render worker's 1,442 s at 40,000 articles.
    for (const [id, form, hasReferences] of message.objects) table.set(id, hasReferences ? resolve(form) : form);
    const value = resolve(message.value) as typeof message.value;
    for (const id of message.evict) table.delete(id);
    return value;
  };
}

/** What a shared object is sent as: itself, or a copy with its own shared objects as references (listed in `nested`). */
function formOf(shared: SharedObjects, id: number): { form: unknown; nested: number[]; bytes: number } {
  const object = shared.objects[id];
  // Most shared objects (quotes, cards) hold no others: once that is known, they are sent as they are, unwalked.
  if (shared.references[id] === NO_REFERENCES) return { form: object, nested: [], bytes: shared.bytes[id] };
  const nested: number[] = [];
  // The object itself, not a reference to it: only the shared objects inside it become references.
  const form = copyChildren(object, shared.ids, nested);
  if (!shared.references[id]) {
    shared.references[id] = nested.length ? REFERENCES : NO_REFERENCES;
    shared.bytes[id] = approximateBytes(form);
  }
  return { form, nested, bytes: shared.bytes[id] };
}

const REFERENCES = 1;
const NO_REFERENCES = 2;

/** About the bytes a value takes in a message: its strings and keys by length, anything else a few bytes. */
export function approximateBytes(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value !== 'object' || value === null) return 4;
  let bytes = 4;
  if (Array.isArray(value)) for (const item of value) bytes += approximateBytes(item);
  else for (const key in value) bytes += key.length + 2 + approximateBytes((value as Record<string, unknown>)[key]);
  return bytes;
}

/** The value with each shared object in it replaced by its reference; parts without one are not copied. */
function withReferences(value: unknown, ids: Map<object, number>, nested: number[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const id = ids.get(value);
  if (id !== undefined) {
    nested.push(id);
    return BigInt(id);
  }
  return copyChildren(value, ids, nested);
}

function copyChildren(value: object, ids: Map<object, number>, nested: number[]): object {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const child: unknown = value[index];
      const encoded = withReferences(child, ids, nested);
      if (encoded !== child) (copy ??= value.slice())[index] = encoded;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, child] of Object.entries(value)) {
    const encoded = withReferences(child, ids, nested);
    if (encoded !== child) (copy ??= { ...value })[key] = encoded;
  }
  return copy ?? value;
}
