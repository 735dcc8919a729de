import { describe, expect, it } from 'vitest';
import { approximateBytes, createSharedObjectDecoder, createSharedObjectEncoder, numberSharedObjects, tableCapacity } from '../../src/pool/shared-objects.js';

/** A sender and a worker's end, with every message copied as postMessage copies it. */
function channel(groups: object[][], capacity?: number) {
  const encode = createSharedObjectEncoder(numberSharedObjects(groups), capacity);
  const decode = createSharedObjectDecoder();
  return {
    send<T>(value: T) {
      const message = encode(value);
      return { message, received: decode(structuredClone(message)) };
    },
  };
}

const article = (id: string) => ({ id, title: `Title ${id}`, body: [{ text: 'Words.', html: '<p>Words.</p>' }] });
/** A table size in bytes that holds `count` of these articles and not one more. */
const roomFor = (count: number) => count * approximateBytes(article('a'));

describe('shared objects sent to a render worker', () => {
  it('sends a shared object once and refers to it in later messages', () => {
    const first = article('a');
    const { send } = channel([[first]]);
    const one = send([{ path: '/a/', data: { article: first } }]);
    const two = send([{ path: '/2020/', data: { articles: [first], count: 1 } }]);
    expect(one.message.objects).toHaveLength(1);
    expect(two.message.objects).toHaveLength(0);
    expect(one.received).toEqual([{ path: '/a/', data: { article: first } }]);
    expect(two.received).toEqual([{ path: '/2020/', data: { articles: [first], count: 1 } }]);
  });

  it('sends the shared objects inside a shared object before it, and keeps one object one object', () => {
    const [a, b] = [article('a'), article('b')];
    const day = { date: '2020-01-02', articles: [a, b] };
    const { send } = channel([[a, b], [day]]);
    const { message, received } = send({ day, latest: a });
    expect(message.objects.map(([id]) => id)).toEqual([0, 1, 2]);
    expect(message.objects.map(([, , hasReferences]) => hasReferences)).toEqual([false, false, true]);
    expect(received).toEqual({ day, latest: a });
    expect(received.day.articles[0]).toBe(received.latest);
  });

  it('leaves the objects it is given unchanged', () => {
    const a = article('a');
    const data = { list: [a, { note: 'plain' }] };
    channel([[a]]).send(data);
    expect(data.list[0]).toBe(a);
    expect(a.body[0].html).toBe('<p>Words.</p>');
  });

  it('sends an object again once the worker has dropped it for newer ones', () => {
    const [a, b, c] = [article('a'), article('b'), article('c')];
    const { send } = channel([[a, b, c]], roomFor(2));
    send({ a });
    send({ b });
    const third = send({ c });
    expect(third.message.evict).toEqual([0]);
    const again = send({ a });
    expect(again.message.objects.map(([id]) => id)).toEqual([0]);
    expect(again.received).toEqual({ a });
  });

  it('sends an object holding others again with its references, and each of them again first, once all were dropped', () => {
    const [a, b, c, d] = [article('a'), article('b'), article('c'), article('d')];
    const day = { date: '2020-01-02', articles: [a, b] };
    const { send } = channel([[a, b, c, d], [day]], roomFor(2));
    const first = send({ day });
    expect(first.message.objects.map(([id, , hasReferences]) => [id, hasReferences])).toEqual([[0, false], [1, false], [4, true]]);
    expect(send({ list: [c, d] }).message.evict).toEqual([0, 1, 4]);
    const again = send({ day });
    expect(again.message.objects.map(([id, , hasReferences]) => [id, hasReferences])).toEqual([[0, false], [1, false], [4, true]]);
    expect(again.message.objects[2][1]).toEqual({ date: '2020-01-02', articles: [0n, 1n] });
    expect(again.received).toEqual({ day });
    expect(day.articles[0]).toBe(a);
  });

  it('never drops an object the message itself uses, however small the table', () => {
    const [a, b, c] = [article('a'), article('b'), article('c')];
    const { send } = channel([[a, b, c]], roomFor(1));
    send({ a });
    const { message, received } = send({ list: [a, b, c] });
    expect(message.evict).toEqual([]);
    expect(received).toEqual({ list: [a, b, c] });
    expect(send({ list: [c] }).message.evict).toEqual([0, 1]);
  });

  it('bounds the table by size: one large object makes room by dropping several small ones', () => {
    const small = [article('a'), article('b'), article('c')];
    const large = { id: 'big', title: 'Big', body: Array.from({ length: 2 }, () => small[0].body[0]) };
    expect(approximateBytes(large)).toBeGreaterThan(roomFor(1));
    expect(approximateBytes(large)).toBeLessThanOrEqual(roomFor(2));
    const { send } = channel([[...small, large]], roomFor(3));
    for (const each of small) send({ each });
    expect(send({ large }).message.evict).toEqual([0, 1]);
  });

  it('sizes the table with the archive, from 16 MB at 10,000 synthetic articles up to 64 MB', () => {
    const MiB = 1024 * 1024;
    expect(tableCapacity(1_000)).toBe(16 * MiB);
    expect(tableCapacity(319_901)).toBe(16 * MiB);
    expect(tableCapacity(2 * 319_901)).toBe(32 * MiB);
    expect(tableCapacity(10 * 319_901)).toBe(64 * MiB);
  });
});
