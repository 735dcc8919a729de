import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../../src/extract/who/collapse-spaces.js';

describe('collapseSpaces', () => {
  it('makes every run of white space one space, tabs, line breaks and no-break spaces included', () => {
    expect(collapseSpaces('the  minister\tsaid\n\nit\u00A0rained ')).toBe('the minister said it rained ');
  });

  it('returns text with only single spaces unchanged', () => {
    expect(collapseSpaces(' a witness said ')).toBe(' a witness said ');
  });
});
