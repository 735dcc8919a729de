import { describe, expect, it } from 'vitest';
import { internStrings } from '../../src/cache/intern-strings.js';

describe('internStrings', () => {
  it('leaves values equal and makes equal short strings one string', () => {
    const pool = new Map<string, string>();
    const make = () => JSON.parse('{"speaker":{"name":"Ann Lee","kind":"person"},"tags":["politics"],"text":"' + 'x'.repeat(100) + '","n":3}');
    const [a, b] = [internStrings(make(), pool), internStrings(make(), pool)];
    expect(a).toEqual(make());
    expect(b).toEqual(a);
    expect(pool.get('Ann Lee')).toBe('Ann Lee');
    expect(pool.has('x'.repeat(100))).toBe(false);
    expect(pool.size).toBe(3);
  });

  it('leaves hashes out of the pool', () => {
    const pool = new Map<string, string>();
    const value = internStrings({ key: 'a1', quotes: [{ cue: 'said', digest: 'wd3zuutHSHXzT2V7' }], indexed: 'b2' }, pool);
    expect(value).toEqual({ key: 'a1', quotes: [{ cue: 'said', digest: 'wd3zuutHSHXzT2V7' }], indexed: 'b2' });
    expect([...pool.keys()]).toEqual(['said']);
  });
});
