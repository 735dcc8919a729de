import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { extractBody, toFigure } from '../../src/extract/extract-body.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { parsePlainText } from '../../src/parse/parse-plain-text.js';

describe('toFigure', () => {
  it('turns a scraped photo caption into a figure, keeping the credit and dropping a stray "More"', () => {
    expect(toFigure('The commander attends celebrations in Tehran. (Photo: STR/AFP via Getty Images) More', 3)).toEqual({
      caption: 'The commander attends celebrations in Tehran.',
      credit: 'STR/AFP via Getty Images',
      before: 3,
    });
  });

  it('leaves an ordinary paragraph with parentheses alone', () => {
    expect(toFigure('Rep. Adam Kinzinger (R-Ill.) celebrated the news.', 0)).toBeUndefined();
  });
});

describe('extractBody', () => {
  it('gives each block its plain text with whitespace collapsed', () => {
    const { texts, nodes } = extractBody(parseMarkdown('Some *emphasis*   and\n<b>raw</b>.\n\n[link](https://example.org) here'));
    expect(texts).toEqual(['Some emphasis and <b>raw</b>.', 'link here']);
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('collapses every whitespace run to one space and trims, as /\\s+/ and trim would, whatever the spaces', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', ' \n ', '\u00a0', '\u2028', '\u3000', '\ufeff', 'a', 'Bé', '.', '“');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const tree = parsePlainText(`x${pieces.join('')}y`);
        expect(extractBody(tree).texts).toEqual(tree.children.map((node) => toString(node).replace(/\s+/g, ' ').trim()));
      }),
      { numRuns: 500 },
    );
  });

  it('takes the caption out of the body and remembers where it stood', () => {
    const { texts, figures } = extractBody(parsePlainText('One.\n\nA photo. (Photo: Jane Doe/Reuters)\n\nTwo.'));
    expect(texts).toEqual(['One.', 'Two.']);
    expect(figures).toEqual([{ caption: 'A photo.', credit: 'Jane Doe/Reuters', before: 1 }]);
  });
});
