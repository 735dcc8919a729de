import { describe, expect, it } from 'vitest';
import { linkMentions } from '../../src/render/link-mentions.js';

describe('linkMentions', () => {
  it('links the first marker of each person and unwraps the rest', () => {
    const html = ['<p><span data-person="0">Trump</span> and <span data-person="1">Schumer</span></p>', '<p><span data-person="0">Trump</span> again</p>'];
    expect(linkMentions(html, (person) => `/people/${['donald-trump', 'chuck-schumer'][person]}/`)).toEqual([
      '<p><a class="person-link" href="/people/donald-trump/">Trump</a> and <a class="person-link" href="/people/chuck-schumer/">Schumer</a></p>',
      '<p>Trump again</p>',
    ]);
  });

  it('leaves people without a page as text, and links a page once even for two of its people', () => {
    const html = ['<p><span data-person="0">A</span> <span data-person="1">B</span> <span data-person="2">C</span></p>'];
    expect(linkMentions(html, (person) => (person === 0 ? undefined : '/people/same/'))).toEqual(['<p>A <a class="person-link" href="/people/same/">B</a> C</p>']);
  });

  it('escapes the link address', () => {
    expect(linkMentions(['<span data-person="0">X</span>'], () => '/a"b<c&d/')).toEqual(['<a class="person-link" href="/a&quot;b&lt;c&amp;d/">X</a>']);
  });
});
