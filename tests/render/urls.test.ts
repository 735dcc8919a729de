import { describe, expect, it } from 'vitest';
import { createUrlHelper } from '../../src/render/urls.js';

describe('createUrlHelper', () => {
  it('puts a site path under the base path', () => {
    expect(createUrlHelper('/archive/').url('/quotes/ab12/')).toBe('/archive/quotes/ab12/');
  });

  it('drops every leading slash of a site path, so doubled slashes never reach a link', () => {
    expect(createUrlHelper('/archive/').url('///people/')).toBe('/archive/people/');
  });

  it('keeps a path without a leading slash as it is', () => {
    expect(createUrlHelper('/').url('assets/style.css')).toBe('/assets/style.css');
  });

  it('gives the base path itself for the home page and for an empty path', () => {
    const urls = createUrlHelper('/archive/');
    expect([urls.url('/'), urls.url('')]).toEqual(['/archive/', '/archive/']);
  });

  it('adds the origin to absolute URLs', () => {
    expect(createUrlHelper('/archive/', 'https://example.org').absoluteUrl('/people/ann-lee/')).toBe('https://example.org/archive/people/ann-lee/');
  });
});
