import { describe, expect, it } from 'vitest';
import { isWebUrl } from '../../src/extract/is-web-url.js';

describe('isWebUrl', () => {
  it('accepts absolute http and https addresses, whatever the case of the scheme', () => {
    expect(isWebUrl('https://example.org/a?b=c')).toBe(true);
    expect(isWebUrl('HTTP://example.org')).toBe(true);
    expect(isWebUrl(' https://example.org ')).toBe(true);
  });

  it('refuses empty values, relative paths and other schemes', () => {
    for (const value of ['', 'example.org', '/2020/01/01/a/', 'javascript:alert(1)', 'mailto:a@example.org', 'https:', 'http://']) expect(isWebUrl(value)).toBe(false);
  });
});
