import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Paragraph, PhrasingContent } from 'mdast';
import { plainParagraphHtml } from '../../src/extract/plain-paragraph-html.js';
import { sanitisedHtml } from '../../src/extract/body-html.js';
import type { MarkNode } from '../../src/extract/mark-node.js';
import { hostileText } from '../helpers/hostile-text.js';

const text = fc.oneof(hostileText, fc.constantFrom('a  \n  b', ' \t\n\t ', 'x & y < z " \' `', '\u0000', '\uD800'));
const value = fc.oneof(text, fc.constantFrom('q-ab12', 'q-ab_1-2', 'q-', 'q-a b', '3', '-1', 'https://example.org/a?b="c"&d', 'HTTP://x', 'javascript:alert(1)', 'quote'));
/** Mark properties as mark-body makes them, and some it never would, which the schema changes or drops. */
const properties = fc.oneof(
  fc.record({ id: fc.constantFrom('q-ab12', 'q-x_1-2'), className: fc.constant(['quote']), dataQuote: text, dataSpeaker: text, cite: fc.constantFrom('https://example.org/a?b="c"&d=`e`', 'http://x.test/') }, { requiredKeys: ['dataQuote', 'dataSpeaker'] }),
  fc.record({ dataPerson: fc.constantFrom('0', '12') }),
  fc.dictionary(fc.constantFrom('id', 'className', 'dataQuote', 'dataSpeaker', 'cite', 'dataPerson', 'title', 'onClick'), fc.oneof(value, fc.constant(['quote']), fc.constant(['quote', 'x'])), { maxKeys: 6 }),
);
const textNode = text.map((value): PhrasingContent => ({ type: 'text', value }));
const mark = (children: fc.Arbitrary<PhrasingContent[]>) =>
  fc.record({ tagName: fc.constantFrom('q', 'q', 'span', 'span', 'em', 'script'), properties, children }).map(({ tagName, properties, children }): MarkNode => ({ type: 'datelineMark', tagName, properties: properties as MarkNode['properties'], children: children as MarkNode['children'] }));
const emphasis = (children: fc.Arbitrary<PhrasingContent[]>) => fc.tuple(fc.constantFrom('emphasis', 'strong') as fc.Arbitrary<'emphasis' | 'strong'>, children).map(([type, children]): PhrasingContent => ({ type, children }));
const inline = fc.oneof({ weight: 4, arbitrary: textNode }, { weight: 2, arbitrary: mark(fc.array(textNode, { maxLength: 3 })) }, { weight: 1, arbitrary: mark(fc.array(fc.oneof(textNode, mark(fc.array(textNode, { maxLength: 2 })), emphasis(fc.array(textNode, { maxLength: 2 }))), { maxLength: 3 })) }, {
  weight: 1,
  arbitrary: emphasis(fc.array(fc.oneof(textNode, mark(fc.array(textNode, { maxLength: 2 }))), { maxLength: 3 })),
}, {
  weight: 1,
  arbitrary: fc.constantFrom<PhrasingContent>({ type: 'emphasis', children: [{ type: 'text', value: 'e' }] }, { type: 'break' }, { type: 'html', value: '<b>x</b>' }, { type: 'link', url: 'javascript:x', children: [{ type: 'text', value: 'l' }] }),
});

describe('plainParagraphHtml', () => {
  it('writes exactly what remark-html and the sanitiser make of a paragraph, or leaves it to them', () => {
    let written = 0;
    let withMarks = 0;
    fc.assert(
      fc.property(fc.array(inline, { maxLength: 6 }), (children) => {
        const paragraph: Paragraph = { type: 'paragraph', children };
        const html = plainParagraphHtml(paragraph);
        if (html === undefined) return;
        expect(html).toBe(sanitisedHtml([paragraph])[0]);
        written++;
        if (children.some((child) => child.type === 'datelineMark')) withMarks++;
      }),
      { numRuns: 3000 },
    );
    // The comparison must have run on many paragraphs, marked ones included, or it proves nothing.
    expect(written).toBeGreaterThan(600);
    expect(withMarks).toBeGreaterThan(100);
  });

  it('writes a paragraph of text with a quote and a mention itself, escaped', () => {
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'datelineMark', tagName: 'span', properties: { dataPerson: '0' }, children: [{ type: 'text', value: 'Ann <Berg>' }] },
        { type: 'text', value: ' said ' },
        { type: 'datelineMark', tagName: 'q', properties: { id: 'q-x1', dataQuote: 'x1', dataSpeaker: 'Ann "B" & co', cite: 'https://example.org/' }, children: [{ type: 'text', value: 'no & <yes>' }] },
      ],
    };
    expect(plainParagraphHtml(paragraph)).toBe('<p><span data-person="0">Ann &#x3C;Berg></span> said <q id="q-x1" data-quote="x1" data-speaker="Ann &#x22;B&#x22; &#x26; co" cite="https://example.org/">no &#x26; &#x3C;yes></q></p>');
  });

  it('leaves markup, data on a node and marks the schema would change to remark-html', () => {
    expect(plainParagraphHtml({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'link', url: 'x', children: [] }] }] })).toBeUndefined();
    expect(plainParagraphHtml({ type: 'paragraph', data: { hProperties: { id: 'evil' } }, children: [{ type: 'text', value: 'x' }] })).toBeUndefined();
    expect(plainParagraphHtml({ type: 'paragraph', children: [{ type: 'datelineMark', tagName: 'span', properties: { id: 'evil' }, children: [] }] })).toBeUndefined();
    expect(plainParagraphHtml({ type: 'heading', depth: 1, children: [{ type: 'text', value: 'x' }] })).toBeUndefined();
  });
});
