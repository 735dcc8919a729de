import { describe, expect, it } from 'vitest';
import { GIVEN_NAME_SHORT_FORMS, fullGivenNames, mayStandFor } from '../../../src/extract/who/given-name-short-forms.js';
import { foldName } from '../../../src/index/name-keys.js';

describe('given-name short forms', () => {
  it('lists the full given names a short form stands for', () => {
    expect(fullGivenNames('bill')).toEqual(['william']);
    expect(fullGivenNames('chris')).toEqual(['christopher', 'christian', 'christine', 'christina']);
    expect(fullGivenNames('william')).toEqual([]);
  });

  it('is written as name keys, and no full name is itself a short form', () => {
    for (const [short, fulls] of GIVEN_NAME_SHORT_FORMS) {
      for (const name of [short, ...fulls]) expect(foldName(name)).toBe(name);
      for (const full of fulls) expect(GIVEN_NAME_SHORT_FORMS.has(full)).toBe(false);
    }
  });

  it('lets a form of both sexes stand only for the names of its usual sex', () => {
    expect(mayStandFor('chris', 'christopher')).toBe(true);
    expect(mayStandFor('chris', 'christina')).toBe(false);
    expect(mayStandFor('misha', 'mikhail')).toBe(true);
  });
});
