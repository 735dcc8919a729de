import { describe, expect, it } from 'vitest';
import { findNameVariants } from '../../src/index/find-name-variants.js';
import type { ArticleRecord, Person } from '../../src/types.js';

const person = (name: string, paragraph = 0, start = 0): Person => ({ name, aliases: [], titles: [], descriptions: [], mentions: [{ paragraph, start, end: start + name.length, text: name }] });
const article = (source: string, ...people: Person[]) => ({ source, people }) as unknown as ArticleRecord;

describe('findNameVariants', () => {
  it('warns in each article using the rarer of two near-identical spellings, at its first mention', () => {
    const findings = findNameVariants([
      article('a.md', person('Qassem Suleimani')),
      article('b.md', person('Qassem Suleimani')),
      article('c.md', person('Qassem Soleimani', 2, 14)),
    ]);
    expect(findings).toEqual([
      {
        source: 'c.md',
        anchor: { kind: 'paragraph', paragraph: 2, offset: 14 },
        reason: '"Qassem Soleimani" is spelled "Qassem Suleimani" in 2 other articles (such as a.md). If they are one person, use one spelling, or make "Qassem Soleimani" an alias of "Qassem Suleimani".',
        ruleId: 'person-name-variant',
      },
    ]);
  });

  it('counts spellings that differ only by accents as two spellings', () => {
    expect(findNameVariants([article('a.md', person('José Mujica')), article('b.md', person('Jose Mujica')), article('c.md', person('José Mujica'))]).map((finding) => finding.source)).toEqual(['b.md']);
  });

  it('never suggests two people who share only a surname, or a given name with different surnames', () => {
    expect(findNameVariants([article('a.md', person('Hillary Clinton')), article('b.md', person('Bill Clinton')), article('c.md', person('John Smith')), article('d.md', person('John Smyth-Jones'))])).toEqual([]);
  });

  it('leaves short surnames and single names alone, where one letter makes a different name', () => {
    expect(findNameVariants([article('a.md', person('Robert Lee')), article('b.md', person('Robert Lea')), article('c.md', person('Madonna')), article('d.md', person('Madona'))])).toEqual([]);
  });

  it('allows two letters of difference only in long surnames', () => {
    expect(findNameVariants([article('a.md', person('Volodymyr Zelenskyy')), article('b.md', person('Volodymyr Zelensky')), article('c.md', person('Volodymyr Zelensky'))])).toHaveLength(1);
    expect(findNameVariants([article('a.md', person('Anna Kovacs')), article('b.md', person('Anna Kovalev'))])).toEqual([]);
  });

  it('ignores a middle initial when comparing', () => {
    expect(findNameVariants([article('a.md', person('George W. Bush')), article('b.md', person('George Bush'))])).toEqual([]);
  });
});
