import { describe, expect, it } from 'vitest';
import { leadsWithSurname, looseKey, nameKey, sortKeyOf, squash, surnameKey } from '../../src/index/name-keys.js';

describe('name keys', () => {
  it('ignores case, accents and punctuation but keeps middle initials', () => {
    expect(nameKey('José  García')).toBe('jose garcia');
    expect(nameKey('Donald J. Trump')).toBe('donald j trump');
  });

  it('reads letters that carry no separable accent as their base letters', () => {
    expect(nameKey('Jarosław Kaczyński')).toBe(nameKey('Jaroslaw Kaczynski'));
    expect(nameKey('Søren Ærø Strauß')).toBe('soren aero strauss');
  });

  it('drops middle initials only in the loose key', () => {
    expect(looseKey('Donald J. Trump')).toBe('donald trump');
    expect(looseKey('George H. W. Bush')).toBe('george bush');
  });

  it('finds the surname under a generational suffix and an Arabic article', () => {
    expect(surnameKey('Donald Trump Jr.')).toBe('trump');
    expect(surnameKey('Abu Mahdi al-Muhandis')).toBe('muhandis');
  });

  it('sorts by surname first', () => {
    expect(sortKeyOf('Kelly Magsamen')).toBe('magsamen kelly');
    expect(sortKeyOf('Abu Mahdi al-Muhandis')).toBe('muhandis abu mahdi');
    expect(sortKeyOf('Madonna')).toBe('madonna');
  });

  it('knows a name is written surname first when it starts with an East Asian surname it is shortened to', () => {
    expect(leadsWithSurname('Ma Ngok', ['Ma'])).toBe(true);
    expect(leadsWithSurname('Kelly Magsamen', ['Magsamen'])).toBe(false);
    expect(leadsWithSurname('Ma Ngok', ['Ma', 'Ngok'])).toBe(false);
    expect(leadsWithSurname('Abe Sapien', ['Abe'])).toBe(false);
    expect(leadsWithSurname('Madonna', ['Madonna'])).toBe(false);
    expect(sortKeyOf('Ma Ngok', true)).toBe('ma ngok');
  });

  it('makes doubled letters single', () => {
    expect(squash('qassem')).toBe('qasem');
  });
});
