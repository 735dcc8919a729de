import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/render/json-ld.js';

describe('serializeJsonLd', () => {
  it('writes JSON that cannot end or break a script element, and parses back unchanged', () => {
    const value = { text: '</script><!-- & \u2028 -->' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
