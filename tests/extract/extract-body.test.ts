import { describe, expect, it } from 'vitest';
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

  it('takes the caption out of the body and remembers where it stood', () => {
    const { texts, figures } = extractBody(parsePlainText('One.\n\nA photo. (Photo: Jane Doe/Reuters)\n\nTwo.'));
    expect(texts).toEqual(['One.', 'Two.']);
    expect(figures).toEqual([{ caption: 'A photo.', credit: 'Jane Doe/Reuters', before: 1 }]);
  });
});
