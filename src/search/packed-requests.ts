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

/**
 * `packed` with some of its requests replaced, and how many requests it holds: `replace` maps a request's position
 * to what makes the request taking its place from it (undefined when it cannot, and then so is the result, as when a
 * position is past the last request or the bytes there are no request: they may come from a damaged file).
 */
export function replaceRequests(packed: Uint8Array, replace: Map<number, (request: ShardRequest) => ShardRequest | undefined>): { packed: Uint8Array<ArrayBuffer>; count: number } | undefined {
  const parts: Uint8Array[] = [];
  let copied = 0;
  let count = 0;
  let replaced = 0;
  for (let start = 0; start < packed.length; count++) {
    const newline = packed.indexOf(10, start);
    const end = newline === -1 ? packed.length : newline;
    const change = replace.get(count);
    if (change) {
      const found = parseRequest(packed.subarray(start, end));
      const request = found && change(found);
      if (!request) return undefined;
      parts.push(packed.subarray(copied, start), new TextEncoder().encode(JSON.stringify(request)));
      copied = end;
      replaced++;
    }
    start = end + 1;
  }
  if (replaced < replace.size) return undefined;
  parts.push(packed.subarray(copied));
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return { packed: joined, count };
}

/** The request packed in `line`, or undefined when it holds none. */
function parseRequest(line: Uint8Array): ShardRequest | undefined {
  try {
    const request = JSON.parse(new TextDecoder().decode(line)) as ShardRequest;
    return typeof request?.url === 'string' ? request : undefined;
  } catch {
    return undefined;
  }
}
