import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';

describe('extractText (the library entry point)', () => {
  it('extracts a plain-text article: date, title, quotes with speakers, people', () => {
    const { record, problems } = extractText('date 2021-03-04\nMayor Ana Ruiz opened the bridge on Thursday.\n\n"It took ten years," Ruiz said.\n', 'bridge.txt');
    expect(problems).toEqual([]);
    expect(record).toMatchObject({ source: 'bridge.txt', date: '2021-03-04', people: [expect.objectContaining({ name: 'Ana Ruiz', aliases: ['Ruiz'], titles: ['Mayor'] })] });
    expect(record!.quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([['It took ten years,', { name: 'Ana Ruiz', kind: 'person' }, 'said']]);
  });

  it('reads Markdown with front matter when the name ends in .md', () => {
    const { record } = extractText('---\ntitle: Bridge opens\ndate: 2021-03-04\n---\nThe bridge opened.\n', 'bridge.md');
    expect(record).toMatchObject({ title: 'Bridge opens', date: '2021-03-04' });
  });

  it('gives no record and an error with its line and column for an article without a date', () => {
    const { record, problems } = extractText('The bridge opened.\n', 'bridge.txt');
    expect(record).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 1, column: 1 })]);
  });
});
