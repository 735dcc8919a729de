import { describe, expect, it } from 'vitest';
import { classifyNameRun } from '../../../src/extract/who/classify-name-run.js';
import { findNameRuns } from '../../../src/extract/who/find-name-runs.js';

function classify(text: string): { kind: string; name: string; titles: string[] } {
  const [run] = findNameRuns(text);
  const c = classifyNameRun(run);
  return { kind: c.kind, name: c.tokens.map((t) => t.text).join(' '), titles: c.titles };
}

describe('classifyNameRun', () => {
  it('strips honorifics and office titles from a name', () => {
    expect(classify('Gen. Qassem Suleimani')).toEqual({ kind: 'person', name: 'Qassem Suleimani', titles: ['Gen.'] });
    expect(classify('Health Minister Veronika Skvortsova')).toMatchObject({ kind: 'person', name: 'Veronika Skvortsova', titles: ['Health Minister'] });
    expect(classify('Crown Prince Mohammad bin Salman')).toMatchObject({ kind: 'person', name: 'Mohammad bin Salman' });
  });

  it('keeps name particles', () => {
    expect(classify('Abu Mahdi al-Muhandis was killed')).toMatchObject({ kind: 'person', name: 'Abu Mahdi al-Muhandis' });
    expect(classify('George W. Bush won')).toMatchObject({ kind: 'person', name: 'George W. Bush' });
  });

  it('tells organisations, buildings and places from people', () => {
    expect(classify('the Kennedy Space Center').kind).toBe('organization');
    expect(classify('on Karl Marx Avenue').kind).toBe('organization');
    expect(classify('Getty Images').kind).toBe('organization');
    expect(classify('the Pentagon said').kind).toBe('organization');
    expect(classify('in New York').kind).toBe('place');
    expect(classify('in Saudi Arabia').kind).toBe('place');
  });

  it('does not take a surname for an organisation', () => {
    expect(classify('Gerald Ford')).toMatchObject({ kind: 'person', name: 'Gerald Ford' });
  });

  it('gives the name words folded for comparison, titles left out, with offsets from the run it was given', () => {
    const [first] = findNameRuns('Senator José Núñez spoke.');
    const [again] = findNameRuns('and then Senator José Núñez left.');
    expect(classifyNameRun(first)).toMatchObject({ key: ['jose', 'nunez'], keyText: 'jose nunez' });
    const second = classifyNameRun(again);
    expect(second).toMatchObject({ key: ['jose', 'nunez'], keyText: 'jose nunez' });
    expect(second.tokens[0].start).toBe(17);
  });
});
