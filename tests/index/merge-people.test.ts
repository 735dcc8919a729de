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

  it('gives the same groups whatever order the records come in', () => {
    const records = [
      record('2020-01-01', 'a', { people: [person('Qassem Suleimani')] }),
      record('2020-01-02', 'b', { people: [person('Qasem Soleimani'), person('Trump')] }),
      record('2020-01-03', 'c', { people: [person('Donald Trump')] }),
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
