import { describe, expect, it } from 'vitest';
import { classifyNameRun } from '../../../src/extract/who/classify-name-run.js';
import { findNameRuns } from '../../../src/extract/who/find-name-runs.js';

function classify(text: string): { kind: string; name: string; titles: string[] } {
  const [run] = findNameRuns(text);
  const c = classifyNameRun(run);
  return { kind: c.kind, name: c.tokens.map((t) => t.text).join(' '), titles: c.titles };
}

/** The kinds of a run that may name a person. */
const PERSON_KINDS = ['person', 'possible-person', 'single'];

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
    expect(classify('Danielle Steel')).toMatchObject({ kind: 'person', name: 'Danielle Steel' });
  });

  it('knows companies and papers by their trade: energy, mining, a courier, a monitor', () => {
    for (const name of ['Northgate Energy', 'Solano Mining', 'Eastbridge Courier', 'the Christian Science Monitor', 'Atlas Pharmaceuticals']) {
      expect(classify(`shares in ${name} fell`).kind, name).toBe('organization');
    }
    expect(classify('Energy Secretary Chris Wright')).toMatchObject({ kind: 'person', name: 'Chris Wright', titles: ['Energy Secretary'] });
  });

  it('leaves sentence-initial words and dates out of a title', () => {
    expect(classify('And President Dana Holt left')).toMatchObject({ name: 'Dana Holt', titles: ['President'] });
    expect(classify('This Friday Finance Minister Ruth Omondi spoke')).toMatchObject({ name: 'Ruth Omondi', titles: ['Finance Minister'] });
  });

  it('leaves a sentence-initial verb or adverb out of a name', () => {
    expect(classify('Is Rock Hudson here')).toMatchObject({ kind: 'person', name: 'Rock Hudson' });
    expect(classify('Later Sergey left')).toMatchObject({ name: 'Sergey' });
  });

  it('gives each person of a list the singular of a plural title', () => {
    expect(classify('Senators Marco Rubio and Rand Paul spoke')).toMatchObject({ kind: 'person', name: 'Marco Rubio', titles: ['Senator'] });
  });

  it('reads a hyphenated romanised given name as a name, and a hyphenated description as none', () => {
    expect(classify('Superintendent Yolanda Yu Hoi-kwan said')).toMatchObject({ kind: 'person', name: 'Yolanda Yu Hoi-kwan' });
    expect(classify('director Man-kei Tam said')).toMatchObject({ kind: 'person', name: 'Man-kei Tam' });
    expect(classify('the Iran-backed militia').kind).toBe('other');
    expect(classify('a Saudi-led coalition').kind).toBe('other');
  });

  it('takes hyphenated offices as titles', () => {
    expect(classify('UN Secretary-General Ana Ruiz spoke')).toMatchObject({ kind: 'person', name: 'Ana Ruiz', titles: ['UN Secretary-General'] });
  });

  it('takes a role noun before a given name as a title', () => {
    expect(classify('Station Manager Aparna Rao said')).toMatchObject({ kind: 'person', name: 'Aparna Rao', titles: ['Station Manager'] });
  });

  it('reads a nationality that is also a given name after a title as the given name', () => {
    expect(classify('Dr Christian Vollmer spoke')).toMatchObject({ kind: 'person', name: 'Christian Vollmer', titles: ['Dr'] });
  });

  it('does not take a campus named by an acronym and a given name for a person', () => {
    expect(classify('at UC Davis today').kind).toBe('organization');
  });

  it('does not take the people of a place for a person', () => {
    expect(classify('many Hong Kongers marched').kind).toBe('other');
    expect(classify('two New Yorkers won').kind).toBe('other');
  });

  it('does not take one of the people of a place, or its adjective, for a person', () => {
    for (const text of ['a New Zealander won', 'the Costa Rican coast', 'many Sri Lankans voted', 'two Saudi Arabians left']) {
      expect(PERSON_KINDS).not.toContain(classify(text).kind);
    }
    // A given name before a demonym-like surname is no place's adjective.
    expect(PERSON_KINDS).toContain(classify('investor Mark Cuban spoke').kind);
  });

  it('reads a name before a country\'s own name as a company\'s branch there, not a person', () => {
    expect(classify('shares in Marlow Polska fell').kind).toBe('organization');
    expect(classify('staff at Brenner Deutschland left').kind).toBe('organization');
    // The same word as a given name opens a person's name.
    expect(classify('actress Italia Ricci spoke').kind).toBe('person');
  });

  it('does not take a named storm for a person', () => {
    expect(classify('Tropical Storm Barry hit').kind).toBe('other');
    expect(classify('Hurricane Lorenzo hit').kind).toBe('other');
  });

  it('reads a given name that is also an organisation head as a name before a surname', () => {
    expect(classify('Bill Hartley spoke')).toMatchObject({ kind: 'person', name: 'Bill Hartley' });
    expect(classify('the Climate Bill passed').kind).not.toBe('person');
  });

  it('takes a show or accords as an organisation or event, not a person', () => {
    expect(classify('The Doris Day Show aired').kind).toBe('organization');
    expect(classify('the Abraham Accords were signed').kind).toBe('organization');
  });

  it('takes regions, venues, systems and media of several words for places or organisations, not people', () => {
    expect(classify('the Krasnoyarsk Oblast budget').kind).not.toBe('person');
    expect(classify('at the Sunvale Mall yesterday').kind).not.toBe('person');
    expect(classify('the Ridgeback Valley Lodge burned').kind).not.toBe('person');
    expect(classify('reported by Al Jazeera').kind).toBe('organization');
    expect(classify('in El Paso on Friday').kind).not.toBe('person');
  });

  it('does not take a military operation or a deity for a person', () => {
    expect(classify('Operation Harbor Shield began').kind).toBe('other');
    expect(classify('May God bless them').kind).not.toBe('person');
  });

  it('takes more titles: hyphenated offices, Taoiseach, Monsignor, Madame, chess titles', () => {
    expect(classify('Vice-President Ruiz spoke')).toMatchObject({ name: 'Ruiz', titles: ['Vice-President'] });
    expect(classify('Taoiseach Aoife Brennan said')).toMatchObject({ kind: 'person', name: 'Aoife Brennan', titles: ['Taoiseach'] });
    expect(classify('Monsignor Pablo Ortega said')).toMatchObject({ kind: 'person', name: 'Pablo Ortega' });
    expect(classify('Mme Duval spoke')).toMatchObject({ name: 'Duval', titles: ['Mme'] });
    expect(classify('Grandmaster Lena Petrova won')).toMatchObject({ kind: 'person', name: 'Lena Petrova' });
  });

  it('leaves a place of several words or a plural nationality before a name out of the name', () => {
    expect(classify('Hong Kong Chief Executive Mary Chan spoke')).toMatchObject({ kind: 'person', name: 'Mary Chan' });
    expect(classify('Hong Kong Mary Chan spoke')).toMatchObject({ kind: 'person', name: 'Mary Chan' });
    expect(classify('Ethiopians Abebe Tola and')).toMatchObject({ kind: 'person', name: 'Abebe Tola' });
    expect(classify('the United States Supreme Court ruled').kind).toBe('organization');
  });

  it('takes a run ending with an office for the office, not a person, unless the word is also a surname', () => {
    expect(classify('a Regents Professor at the institute').kind).toBe('other');
    expect(classify('the Wormley Early Career Professor of Engineering').kind).not.toBe('person');
    expect(classify('astronomer Michel Mayor won')).toMatchObject({ kind: 'person', name: 'Michel Mayor' });
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
