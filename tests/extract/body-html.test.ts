import { describe, expect, it } from 'vitest';
import { bodyHtml } from '../../src/extract/body-html.js';
import { extractBody } from '../../src/extract/extract-body.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { parsePlainText } from '../../src/parse/parse-plain-text.js';

describe('bodyHtml', () => {
  it('escapes plain text so markup shows literally', () => {
    expect(bodyHtml(extractBody(parsePlainText('<script>alert(1)</script> & *stars*')).nodes)).toEqual(['<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; *stars*</p>']);
  });

  it('renders Markdown and strips raw HTML and unsafe links', () => {
    const html = bodyHtml(extractBody(parseMarkdown('Some *emphasis* and <script>alert(1)</script><b onclick="x()">bold</b>.\n\n[link](javascript:alert(1))')).nodes);
    expect(html[0]).toContain('<em>emphasis</em>');
    expect(html.join('')).not.toMatch(/<script|onclick|javascript:/i);
  });

  it('gives one fragment per block, empty for a block of raw HTML only', () => {
    const { nodes } = extractBody(parseMarkdown('First.\n\n<div onclick="x()">raw</div>\n\n> Quoted.\n\n- a\n- b'));
    expect(bodyHtml(nodes)).toEqual(['<p>First.</p>', '', '<blockquote>\n<p>Quoted.</p>\n</blockquote>', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>']);
  });

  it('keeps no ids but quote anchors', () => {
    const html = bodyHtml([{ type: 'paragraph', data: { hProperties: { id: 'evil' } }, children: [{ type: 'text', value: 'x' }] }]);
    expect(html).toEqual(['<p>x</p>']);
  });
});
