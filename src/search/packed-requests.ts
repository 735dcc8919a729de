/**
 * A shard's Pagefind requests as one block of bytes, one JSON line per request, that moves to a shard worker
 * without a copy (a transferred buffer) and is read back one request at a time. Structured-cloning the requests
 * left a whole shard's HTML on the main thread and a copy of it as objects in the worker, for each shard indexed
 * at once: JSON escapes line breaks, so a line break in the bytes always ends a request.
 */
import type { ShardRequest } from './build-shard.js';

/** The requests, in order, as JSON lines in a buffer of its own (so it can be transferred). */
export function packRequests(requests: readonly ShardRequest[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(requests.map((request) => JSON.stringify(request)).join('\n'));
}

/** The requests of `packRequests`, parsed one by one as they are asked for. */
export function* unpackRequests(packed: Uint8Array): Generator<ShardRequest> {
  const decoder = new TextDecoder();
  for (let start = 0; start < packed.length; ) {
    const newline = packed.indexOf(10, start);
    const end = newline === -1 ? packed.length : newline;
    yield JSON.parse(decoder.decode(packed.subarray(start, end))) as ShardRequest;
    start = end + 1;
  }
}
