import { describe, expect, it } from 'vitest';
import type { ShardRequest } from '../../src/search/build-shard.js';
import { packRequests, replaceRequests, unpackRequests } from '../../src/search/packed-requests.js';

describe('packed shard requests', () => {
  const requests: ShardRequest[] = [
    { url: '/2020/03/10/storm/', html: '<html><body><main><h1>Storm</h1><p>Line one\nline two “quoted” — naïve 雨</p></main></body></html>' },
    { url: '/quotes/a1b2c3/', record: { url: '/quotes/a1b2c3/', content: 'The harbour will reopen.\n\nIn May.', language: 'en', filters: { kind: ['quote'] } } },
    { url: '/2020/03/11/calm/', html: '' },
  ];

  it('come back in order and unchanged, line breaks and non-ASCII text included', () => {
    expect([...unpackRequests(packRequests(requests))]).toEqual(requests);
  });

  it('are parsed one at a time, as each is asked for', () => {
    const unpacked = unpackRequests(packRequests(requests));
    expect(unpacked.next().value).toEqual(requests[0]);
    expect(unpacked.next().value).toEqual(requests[1]);
  });

  it('pack into a buffer of their own, which a worker can take without a copy', () => {
    const packed = packRequests(requests);
    expect(packed.byteOffset).toBe(0);
    expect(packed.buffer.byteLength).toBe(packed.byteLength);
  });

  it('pack no requests into nothing', () => {
    expect([...unpackRequests(packRequests([]))]).toEqual([]);
  });

  it('have requests replaced by position, every other request left byte for byte, and say how many there are', () => {
    const packed = packRequests(requests);
    const retitled = (request: ShardRequest): ShardRequest => ({ url: request.url, html: '<h1>Calm returns</h1>' });
    const replaced = replaceRequests(packed, new Map([[2, retitled]]))!;
    expect(replaced.count).toBe(3);
    expect(Buffer.from(replaced.packed)).toEqual(Buffer.from(packRequests([requests[0], requests[1], retitled(requests[2])])));
    expect(Buffer.from(replaceRequests(packed, new Map())!.packed)).toEqual(Buffer.from(packed));
  });

  it('are not replaced at all when a replacement cannot be made, its position is past the last request, or the bytes there are damaged', () => {
    const packed = packRequests(requests);
    expect(replaceRequests(packed, new Map([[0, () => undefined]]))).toBeUndefined();
    expect(replaceRequests(packed, new Map([[3, (request: ShardRequest) => request]]))).toBeUndefined();
    const damaged = new TextEncoder().encode('{"url":"/a/","html":""}\n{"url":"/b/","ht');
    expect(replaceRequests(damaged, new Map([[1, (request: ShardRequest) => request]]))).toBeUndefined();
  });
});
