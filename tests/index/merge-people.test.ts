import { describe, expect, it } from 'vitest';
import { mergePeople } from '../../src/index/merge-people.js';
import { NO_PEOPLE_RULES, type PeopleRules } from '../../src/index/parse-people-file.js';
import { person, record, summaries } from '../helpers/records.js';
import type { ArticleRecord } from '../../src/types.js';

function namesOfGroups(records: ArticleRecord[], rules: PeopleRules = NO_PEOPLE_RULES): string[][] {
  return mergePeople(summaries(records), rules).groups.map((group) => [...new Set(group.members.map((member) => member.person.name))].sort());
}

function rules(extra: Partial<PeopleRules>): PeopleRules {
  return { ...NO_PEOPLE_RULES, file: 'people.yml', ...extra };
}

describe('mergePeople', () => {
  it('merges a full name, its initialled form and a surname alone', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Donald Trump', { aliases: ['Trump'] })] }),
      record('2020-01-02', 'b', { people: [person('Donald J. Trump')] }),
      record('2020-01-03', 'c', { people: [person('Trump')] }),
    ];
    expect(namesOfGroups(records)).toEqual([['Donald J. Trump', 'Donald Trump', 'Trump']]);
  });

  it('merges a surname alone shared by relatives with the one of them who carries the same title', () => {
    const relatives = record('2020-01-01', 'a', { people: [person('Arthur Penrose', { titles: ['Governor'] }), person('Mabel Penrose', { titles: ['First Lady'] })] });
    expect(namesOfGroups([relatives, record('2020-01-02', 'b', { people: [person('Penrose', { titles: ['governor'] })] })])).toEqual([['Arthur Penrose', 'Penrose'], ['Mabel Penrose']]);
    // Neither relative is a judge, and no title at all decides nothing.
    expect(namesOfGroups([relatives, record('2020-01-02', 'b', { people: [person('Penrose', { titles: ['Judge'] })] })])).toEqual([['Arthur Penrose'], ['Mabel Penrose'], ['Penrose']]);
    expect(namesOfGroups([relatives, record('2020-01-02', 'b', { people: [person('Penrose')] })])).toEqual([['Arthur Penrose'], ['Mabel Penrose'], ['Penrose']]);
  });

  it('merges a surname alone with a name written surname first, known from an article that shortens it to its first word', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Xi Jinping', { aliases: ['Xi'] })] }),
      record('2020-01-02', 'b', { people: [person('Xi')] }),
      record('2020-01-03', 'c', { people: [person('Jinping')] }),
    ];
    expect(namesOfGroups(records)).toEqual([['Xi', 'Xi Jinping'], ['Jinping']]);
  });

  it('merges a spelling variant with the same given name and a near-identical surname', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Qassem Suleimani')] }),
      record('2020-01-02', 'b', { people: [person('Qasem Soleimani')] }),
    ];
    expect(namesOfGroups(records)).toEqual([['Qasem Soleimani', 'Qassem Suleimani']]);
  });

  it('never merges two people who share a surname', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Donald Trump')] }),
      record('2020-01-02', 'b', { people: [person('Ivanka Trump')] }),
      record('2020-01-03', 'c', { people: [person('Trump')] }),
    ];
    expect(namesOfGroups(records)).toEqual([['Donald Trump'], ['Ivanka Trump'], ['Trump']]);
  });

  it('keeps apart names that differ by their middle initials', () => {
    const records = [
      record('2001-01-01', 'a', { people: [person('George W. Bush')] }),
      record('1990-01-01', 'b', { people: [person('George H. W. Bush')] }),
      record('2002-01-01', 'c', { people: [person('George Bush')] }),
    ];
    expect(namesOfGroups(records)).toHaveLength(3);
  });

  it('keeps apart a father and his son named Jr.', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Donald Trump')] }),
      record('2020-01-02', 'b', { people: [person('Donald Trump Jr.')] }),
    ];
    expect(namesOfGroups(records)).toHaveLength(2);
  });

  it('does not merge short surnames one letter apart', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Mark Kell')] }),
      record('2020-01-02', 'b', { people: [person('Mark Kelt')] }),
    ];
    expect(namesOfGroups(records)).toHaveLength(2);
  });

  it('does not merge spelling variants that one article names as two people', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('John Smith'), person('John Smyth')] }),
      record('2020-01-02', 'b', { people: [person('John Smyth')] }),
    ];
    expect(namesOfGroups(records)).toEqual([['John Smith'], ['John Smyth']]);
  });

  it('merges a short form of a given name with the full form, and then a surname alone with both', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('William Tremaine')] }),
      record('2020-01-02', 'b', { people: [person('Bill Tremaine')] }),
      record('2020-01-03', 'c', { people: [person('Tremaine')] }),
      record('2020-01-04', 'd', { people: [person('Stan Kovařík')] }),
      record('2020-01-05', 'e', { people: [person('Stanislav Kovarik')] }),
    ];
    expect(namesOfGroups(records)).toEqual([['Bill Tremaine', 'Tremaine', 'William Tremaine'], ['Stan Kovařík', 'Stanislav Kovarik']]);
  });

  it('merges a short form with the full form written with a middle initial, when there is one such form', () => {
    const one = [record('2020-01-01', 'a', { people: [person('William P. Ostrander')] }), record('2020-01-02', 'b', { people: [person('Bill Ostrander')] })];
    expect(namesOfGroups(one)).toEqual([['Bill Ostrander', 'William P. Ostrander']]);
    const two = [...one, record('2020-01-03', 'c', { people: [person('William Q. Ostrander')] })];
    expect(namesOfGroups(two)).toEqual([['William P. Ostrander'], ['Bill Ostrander'], ['William Q. Ostrander']]);
    // Different middle initials on both sides are two people, as in step 2.
    expect(namesOfGroups([one[0], record('2020-01-02', 'b', { people: [person('Bill Q. Ostrander')] })])).toHaveLength(2);
  });

  it('does not merge a short form whose other names differ, or a name that is no listed short form', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('William Tremaine'), person('Margaret Ashdown Fell')] }),
      record('2020-01-02', 'b', { people: [person('Bill Ashdown')] }),
      record('2020-01-03', 'c', { people: [person('Maggie Fell')] }),
      record('2020-01-04', 'd', { people: [person('Wilbur Tremaine')] }),
    ];
    expect(namesOfGroups(records)).toHaveLength(5);
  });

  it('does not merge a short form that could stand for two people of the archive', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Christopher Lindqvist')] }),
      record('2020-01-02', 'b', { people: [person('Christina Lindqvist')] }),
      record('2020-01-03', 'c', { people: [person('Chris Lindqvist')] }),
      record('2020-01-04', 'd', { people: [person('Edward Marchetti')] }),
      record('2020-01-05', 'e', { people: [person('Edwin Marchetti')] }),
      record('2020-01-06', 'f', { people: [person('Ed Marchetti')] }),
    ];
    expect(namesOfGroups(records)).toHaveLength(6);
  });

  it('does not let a short form stand for a name of the other sex', () => {
    const christina = [record('2020-01-01', 'a', { people: [person('Christina Lindqvist')] }), record('2020-01-02', 'b', { people: [person('Chris Lindqvist')] })];
    expect(namesOfGroups(christina)).toHaveLength(2);
    const christopher = [record('2020-01-01', 'a', { people: [person('Christopher Lindqvist')] }), record('2020-01-02', 'b', { people: [person('Chris Lindqvist')] })];
    expect(namesOfGroups(christopher)).toHaveLength(1);
    // The table lists only the names a one-sex form stands for: "Mike" is never Michelle.
    expect(namesOfGroups([record('2020-01-01', 'a', { people: [person('Michelle Oyelaran')] }), record('2020-01-02', 'b', { people: [person('Mike Oyelaran')] })])).toHaveLength(2);
    // A form the gender list reads as female ("Misha") still stands for the one name listed for it.
    expect(namesOfGroups([record('2020-01-01', 'a', { people: [person('Mikhail Zotov')] }), record('2020-01-02', 'b', { people: [person('Misha Zotov')] })])).toHaveLength(1);
  });

  it('does not merge a short and a full form that one article names as two people', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('William Tremaine'), person('Bill Tremaine')] }),
      record('2020-01-02', 'b', { people: [person('Bill Tremaine')] }),
    ];
    expect(namesOfGroups(records)).toEqual([['William Tremaine'], ['Bill Tremaine']]);
  });

  it('lets the editor keep apart a short and a full form', () => {
    const records = [record('2020-01-01', 'a', { people: [person('William Tremaine')] }), record('2020-01-02', 'b', { people: [person('Bill Tremaine')] })];
    expect(namesOfGroups(records, rules({ distinct: [['William Tremaine', 'Bill Tremaine']] }))).toHaveLength(2);
  });

  it('gives the same groups whatever order the records come in', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Qassem Suleimani')] }),
      record('2020-01-02', 'b', { people: [person('Qasem Soleimani'), person('Trump')] }),
      record('2020-01-03', 'c', { people: [person('Donald Trump')] }),
      record('2020-01-04', 'd', { people: [person('Bill Tremaine')] }),
      record('2020-01-05', 'e', { people: [person('William Tremaine'), person('Will Tremaine')] }),
    ];
    expect(namesOfGroups([...records].reverse())).toEqual(namesOfGroups(records));
  });

  it('lets the editor merge names no rule would join, and exclude names', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Muammar Gaddafi'), person('Getty Images')] }),
      record('2020-01-02', 'b', { people: [person('Moammar Qadhafi')] }),
    ];
    const editor = rules({ people: [{ name: 'Muammar Gaddafi', aliases: ['Moammar Qadhafi'], place: { line: 1, column: 1 } }], exclude: ['Getty Images'] });
    const merged = mergePeople(summaries(records), editor);
    expect(merged.groups).toHaveLength(1);
    expect(merged.groups[0].rule?.name).toBe('Muammar Gaddafi');
    expect(merged.groupOf.get(records[0].id)).toEqual([0, null]);
  });

  it('lets the editor keep apart two people the rules would merge', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Qassem Suleimani')] }),
      record('2020-01-02', 'b', { people: [person('Qasem Soleimani')] }),
    ];
    expect(namesOfGroups(records, rules({ distinct: [['Qassem Suleimani', 'Qasem Soleimani']] }))).toHaveLength(2);
  });

  it('splits one name between two people by article', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('John Smith')] }),
      record('2020-01-02', 'b', { people: [person('John Smith')] }),
      record('2020-01-03', 'c', { people: [person('John Smith')] }),
    ];
    const editor = rules({ people: [{ name: 'John Smith (footballer)', aliases: ['John Smith'], articles: [{ source: records[1].source, place: { line: 1, column: 1 } }], place: { line: 1, column: 1 } }] });
    const merged = mergePeople(summaries(records), editor);
    expect(merged.groups.map((group) => [group.rule?.name, group.members.map((member) => member.record.slug)])).toEqual([
      [undefined, ['a', 'c']],
      ['John Smith (footballer)', ['b']],
    ]);
  });
});
