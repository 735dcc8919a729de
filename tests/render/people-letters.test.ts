import { describe, expect, it } from 'vitest';
import { groupByLetter, letterLabel, letterOf, letterSlug, PEOPLE_LETTERS } from '../../src/render/people-letters.js';
import { sortKeyOf } from '../../src/index/name-keys.js';

describe('the letters of the people index', () => {
  it('files a surname under its first letter, folding accents and Latin letters of other alphabets to A–Z', () => {
    expect(letterOf(sortKeyOf('Abdullah Öcalan'))).toBe('O');
    expect(letterOf(sortKeyOf('Stanislav Štefl'))).toBe('S');
    expect(letterOf('øvergaard lars')).toBe('O');
    expect(letterOf('łukaszewski jan')).toBe('L');
    expect(letterOf('æbelø anne')).toBe('A');
    expect(letterOf('þórðarson jón')).toBe('T');
    expect(letterOf('trump donald')).toBe('T');
  });

  it('files names in other scripts, digits and nothing at all under the catch-all', () => {
    for (const key of ['путин владимир', '習近平', 'ελληνικά', '50 cent', '-', '']) expect(letterOf(key), key).toBe('#');
  });

  it('gives each letter a URL segment no person slug can take, and names the catch-all in words', () => {
    expect(PEOPLE_LETTERS.map(letterSlug)).toEqual([...'abcdefghijklmnopqrstuvwxyz', 'other']);
    expect(letterLabel('#')).toBe('Other names');
    expect(letterLabel('K')).toBe('K');
  });

  it('groups under every letter, empty ones included, and sorts a folded letter among its plain ones', () => {
    const keys = ['oz zed', 'øvergaard lars', 'ob ann', 'путин владимир', 'adams john'];
    const groups = groupByLetter(keys, (key) => key, (key) => key);
    expect([...groups.keys()]).toEqual(PEOPLE_LETTERS);
    expect(groups.get('O')).toEqual(['ob ann', 'øvergaard lars', 'oz zed']);
    expect(groups.get('#')).toEqual(['путин владимир']);
    expect(groups.get('B')).toEqual([]);
  });

  it('breaks a tie between equal sort keys by the tie-break, so the order never depends on input order', () => {
    const people = [{ key: 'smith john', slug: 'john-smith-2' }, { key: 'Smith John', slug: 'john-smith' }];
    expect(groupByLetter(people, (p) => p.key, (p) => p.slug).get('S')!.map((p) => p.slug)).toEqual(['john-smith', 'john-smith-2']);
    expect(groupByLetter([...people].reverse(), (p) => p.key, (p) => p.slug).get('S')!.map((p) => p.slug)).toEqual(['john-smith', 'john-smith-2']);
  });
});
