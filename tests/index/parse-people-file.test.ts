import { describe, expect, it } from 'vitest';
import { parsePeopleFile } from '../../src/index/parse-people-file.js';

describe('parsePeopleFile', () => {
  it('reads people, exclusions and distinct groups', () => {
    const text = [
      'people:',
      '  - name: Qassem Suleimani',
      '    aliases: [Qasem Soleimani]',
      '    wikidata: Q1362176',
      '    slug: qassem-suleimani',
      '  - name: John Smith (footballer)',
      '    aliases: [John Smith]',
      '    articles: [2019-05-01-cup-final.md]',
      'exclude: [Getty Images]',
      'distinct:',
      '  - [John Smith, John Smyth]',
    ].join('\n');
    const { rules, problems } = parsePeopleFile(text, 'content/people.yml');
    expect(problems).toEqual([]);
    expect(rules.people[0]).toMatchObject({ name: 'Qassem Suleimani', aliases: ['Qasem Soleimani'], wikidata: 'Q1362176', slug: 'qassem-suleimani', place: { line: 2, column: 5 } });
    expect(rules.people[1].articles).toEqual([{ source: '2019-05-01-cup-final.md', place: { line: 8, column: 16 } }]);
    expect(rules.exclude).toEqual(['Getty Images']);
    expect(rules.distinct).toEqual([['John Smith', 'John Smyth']]);
  });

  it('reads the same rules from JSON', () => {
    const { rules, problems } = parsePeopleFile('{"people": [{"name": "Kelly Magsamen", "wikidata": "Q123"}]}', 'people.json');
    expect(problems).toEqual([]);
    expect(rules.people[0]).toMatchObject({ name: 'Kelly Magsamen', wikidata: 'Q123' });
  });

  it('places a YAML syntax error at its line and column', () => {
    const { problems } = parsePeopleFile('people:\n  - name: A\n    aliases: [B, C\n', 'people.yml');
    expect(problems[0]).toMatchObject({ file: 'people.yml', line: 4, severity: 'error', ruleId: 'people-file-yaml' });
    expect(problems[0].reason).toMatch(/Fix the YAML syntax/);
  });

  it('reports each invalid entry at its line and keeps the valid ones', () => {
    const text = ['people:', '  - name: Good Person', '  - name: Bad Id', '    wikidata: 1234', '  - aliases: [Nobody]', '  - nam: Typo'].join('\n');
    const { rules, problems } = parsePeopleFile(text, 'people.yml');
    expect(rules.people.map((rule) => rule.name)).toEqual(['Good Person']);
    expect(problems.map((problem) => [problem.line, problem.column, problem.reason.slice(0, 30)])).toEqual([
      [4, 15, '"wikidata" must be a Wikidata '],
      [5, 5, 'This entry has no "name". Add '],
      [6, 5, 'Unknown key "nam" in a person '],
    ]);
  });

  it('rejects unknown top-level keys and a name claimed by two entries', () => {
    const text = ['peeple: []', 'people:', '  - name: Ann Lee', '  - name: Ann Li', '    aliases: [Ann Lee]'].join('\n');
    const { problems } = parsePeopleFile(text, 'people.yml');
    expect(problems.map((problem) => problem.line)).toEqual([1, 4]);
    expect(problems[1].reason).toMatch(/"Ann Lee" is also listed for Ann Lee \(line 3\)/);
  });

  it('accepts an empty file', () => {
    expect(parsePeopleFile('', 'people.yml')).toMatchObject({ problems: [], rules: { people: [] } });
  });
});
