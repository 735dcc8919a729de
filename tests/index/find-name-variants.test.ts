import { describe, expect, it } from 'vitest';
import { findNameVariants } from '../../src/index/find-name-variants.js';
import { NO_PEOPLE_RULES, type PeopleRules } from '../../src/index/parse-people-file.js';
import type { ArticleSummary, PersonSummary } from '../../src/types.js';

const person = (name: string, paragraph = 0, start = 0): PersonSummary => ({ name, aliases: [], titles: [], descriptions: [], firstMention: { paragraph, start, end: start + name.length, text: name }, mentionCount: 1 });
const article = (source: string, ...people: PersonSummary[]) => ({ id: source, source, people }) as unknown as ArticleSummary;
/** Person slugs as if the index made one page per name. */
const slugsByName = (records: ArticleSummary[]) => Object.fromEntries(records.map((record) => [record.id, record.people.map((p) => p.name.toLowerCase().replace(/\W+/g, '-'))]));
const variants = (records: ArticleSummary[], rules: PeopleRules = NO_PEOPLE_RULES, slugs = slugsByName(records)) => findNameVariants(records, slugs, rules);

describe('findNameVariants', () => {
  it('warns in each article using the rarer of two near-identical spellings, at its first mention', () => {
    const records = [article('a.md', person('Qassem Suleimani')), article('b.md', person('Qassem Suleimani')), article('c.md', person('Qassem Soleimani', 2, 14))];
    expect(variants(records)).toEqual([
      {
        source: 'c.md',
        anchor: { kind: 'paragraph', paragraph: 2, offset: 14 },
        reason: '"Qassem Soleimani" is spelled "Qassem Suleimani" in 2 other articles (such as a.md); the site shows them as two people. If they are one, add "Qassem Soleimani" to the aliases of "Qassem Suleimani" in people.yml, or correct the spelling.',
        ruleId: 'person-name-variant',
      },
    ]);
  });

  it('compares a full-name alias with other people\'s names, not with its own person\'s', () => {
    const withAliases = (name: string, aliases: string[], paragraph = 0): PersonSummary => ({ ...person(name, paragraph), aliases, mentionCount: 3 });
    // The extractor read both spellings as one person (a variant inside a quote is the speaker's): nothing to say.
    expect(variants([article('a.md', withAliases('Frida Walker', ['Frida Welker', 'Walker']))])).toEqual([]);
    // A short form joined to its full name ("Stan" for Stanislav) is compared with a misspelt name beside it.
    const records = [article('a.md', withAliases('Stanislav Kettle', ['Stan Kettle']), person('Stan Kettl', 4))];
    expect(variants(records).map((f) => [f.source, f.anchor, f.reason.slice(0, 49)])).toEqual([['a.md', { kind: 'paragraph', paragraph: 4, offset: 0 }, '"Stan Kettl" is spelled "Stan Kettle" in this art']]);
  });

  it('says so when the index already shows both spellings as one person', () => {
    const records = [article('a.md', person('Volodymyr Zelensky')), article('b.md', person('Volodymyr Zelensky')), article('c.md', person('Volodymyr Zelenskyy'))];
    const [finding] = variants(records, NO_PEOPLE_RULES, { 'a.md': ['zelensky'], 'b.md': ['zelensky'], 'c.md': ['zelensky'] });
    expect(finding.reason).toMatch(/; the site shows both as one person\. If that is right, add "Volodymyr Zelenskyy" to the aliases of "Volodymyr Zelensky" in people\.yml; if they are two people, list them under "distinct" there/);
  });

  it('sees "al-" and "el-" spellings, and doubled letters in given names, as the same name', () => {
    expect(variants([article('a.md', person('Abdel Fattah al-Sisi')), article('b.md', person('Abdel Fattah el-Sisi')), article('c.md', person('Abdel Fattah al-Sisi'))]).map((f) => f.source)).toEqual(['b.md']);
    expect(variants([article('a.md', person('Qassem Suleimani')), article('b.md', person('Qasem Soleimani')), article('c.md', person('Qassem Suleimani'))]).map((f) => f.source)).toEqual(['b.md']);
  });

  it('leaves alone what the people file settles: an alias, two distinct people, or not a person', () => {
    const records = [article('a.md', person('Nancy Pelosi')), article('b.md', person('Nancy Pelosi')), article('c.md', person('Nancy Pelossi'))];
    const rule = { name: 'Nancy Pelosi', aliases: ['Nancy Pelossi'], place: { line: 1, column: 1 } };
    expect(variants(records, { ...NO_PEOPLE_RULES, people: [rule] })).toEqual([]);
    expect(variants(records, { ...NO_PEOPLE_RULES, distinct: [['Nancy Pelosi', 'Nancy Pelossi']] })).toEqual([]);
    expect(variants(records, { ...NO_PEOPLE_RULES, exclude: ['Nancy Pelossi'] })).toEqual([]);
    expect(variants(records)).toHaveLength(1);
  });

  it('prefers the spelling mentioned more often, and says when both are in the same article', () => {
    const twice = { ...person('Stan Štefl'), mentionCount: 2 };
    expect(variants([article('interview.md', twice, person('Stan Štef', 3, 40))])).toEqual([
      expect.objectContaining({ source: 'interview.md', anchor: { kind: 'paragraph', paragraph: 3, offset: 40 }, reason: expect.stringMatching(/^"Stan Štef" is spelled "Stan Štefl" in this article; /) }),
    ]);
    const elsewhere = variants([article('a.md', person('Nancy Pelosi')), article('b.md', person('Nancy Pelosi'), person('Nancy Pelossi'))]);
    expect(elsewhere.map((finding) => finding.reason)).toEqual([expect.stringMatching(/^"Nancy Pelossi" is spelled "Nancy Pelosi" in this article and in 1 other article \(such as a\.md\); /)]);
  });

  it('never suggests two people who share only a surname, or a given name with different surnames', () => {
    expect(variants([article('a.md', person('Hillary Clinton')), article('b.md', person('Bill Clinton')), article('c.md', person('John Smith')), article('d.md', person('John Smyth-Jones'))])).toEqual([]);
  });

  it('leaves short surnames, single names and differences of case or accents alone', () => {
    expect(variants([article('a.md', person('Robert Lee')), article('b.md', person('Robert Lea')), article('c.md', person('Madonna')), article('d.md', person('Madona'))])).toEqual([]);
    expect(variants([article('a.md', person('José Mujica')), article('b.md', person('Jose Mujica'))])).toEqual([]);
  });

  it('allows two letters of difference only in long surnames', () => {
    expect(variants([article('a.md', person('Anna Kowalczyk')), article('b.md', person('Anna Kowalczik')), article('c.md', person('Anna Kowalczyk'))])).toHaveLength(1);
    expect(variants([article('a.md', person('Anna Kovacs')), article('b.md', person('Anna Kovalev'))])).toEqual([]);
  });

  it('keeps people whose middle names differ apart', () => {
    expect(variants([article('a.md', person('George W. Bush')), article('b.md', person('George H. W. Bush'))])).toEqual([]);
  });
});
