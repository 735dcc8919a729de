import { describe, expect, it } from 'vitest';
import { toSourceFile } from '../../src/read/read-sources.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { extractDate, isCalendarDate } from '../../src/extract/extract-date.js';

const parsed = (text: string, name = 'a.md') => parseSource(toSourceFile(new TextEncoder().encode(text), `/c/${name}`, '/c'));

describe('extractDate', () => {
  it('takes the front matter date first', () => {
    expect(extractDate(parsed('---\ndate: 2019-05-06\n---\ndate 2020-01-01\nBody', '2018-01-01-x.md')).date).toBe('2019-05-06');
  });

  it('takes the date line when the front matter has none', () => {
    expect(extractDate(parsed('date 2020-01-03 Body', '2018-01-01-x.txt')).date).toBe('2020-01-03');
  });

  it('falls back to a YYYY-MM-DD prefix of the file name', () => {
    expect(extractDate(parsed('Body', '2018-07-09-some-story.txt')).date).toBe('2018-07-09');
  });

  it('takes the day of a date line that carries a time', () => {
    expect(extractDate(parsed('date 2020-01-03T10:30:00+02:00 Body', 'x.txt')).date).toBe('2020-01-03');
  });

  it('reports a missing date with what to do', () => {
    const { problem } = extractDate(parsed('Body', 'story.txt'));
    expect(problem).toMatchObject({ ruleId: 'date-missing', fatal: true, place: { line: 1, column: 1 } });
    expect(problem?.reason).toMatch(/Add "date: YYYY-MM-DD"/);
  });

  it('reports an impossible date at the front matter line', () => {
    const { problem } = extractDate(parsed('---\ntitle: T\ndate: 2020-02-30\n---\nBody'));
    expect(problem).toMatchObject({ ruleId: 'date-invalid', place: { line: 3, column: 7 } });
    expect(problem?.reason).toContain('2020-02-30');
  });

  it('reports a malformed date line at its column', () => {
    const { problem } = extractDate(parsed('\n  date 3/1/2020 Body', 'x.txt'));
    expect(problem).toMatchObject({ ruleId: 'date-invalid', place: { line: 2, column: 8 } });
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate(2020, 2, 29)).toBe(true);
    expect(isCalendarDate(2019, 2, 29)).toBe(false);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2020, 13, 1)).toBe(false);
  });
});
