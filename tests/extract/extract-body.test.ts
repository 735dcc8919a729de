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
  it('escapes plain text so markup shows literally', () => {
    const { body } = extractBody(parsePlainText('<script>alert(1)</script> & *stars*'));
    expect(body[0].html).toBe('<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; *stars*</p>');
    expect(body[0].text).toBe('<script>alert(1)</script> & *stars*');
  });

  it('renders Markdown and strips raw HTML', () => {
    const { body } = extractBody(parseMarkdown('Some *emphasis* and <script>alert(1)</script><b onclick="x()">bold</b>.\n\n[link](javascript:alert(1))'));
    expect(body[0].html).toContain('<em>emphasis</em>');
    expect(body.map((paragraph) => paragraph.html).join('')).not.toMatch(/<script|onclick|javascript:/i);
  });

  it('takes the caption out of the body and remembers where it stood', () => {
    const { body, figures } = extractBody(parsePlainText('One.\n\nA photo. (Photo: Jane Doe/Reuters)\n\nTwo.'));
    expect(body.map((paragraph) => paragraph.text)).toEqual(['One.', 'Two.']);
    expect(figures).toEqual([{ caption: 'A photo.', credit: 'Jane Doe/Reuters', before: 1 }]);
  });
});
