import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/extract/who/find-quote-spans.js';

describe('findQuoteSpans', () => {
  it('pairs curly marks and gives offsets without the marks', () => {
    const p = 'She said: \u201CWe will win.\u201D';
    const { spans, problems } = findQuoteSpans([p]);
    expect(spans).toHaveLength(1);
    expect(p.slice(spans[0].start, spans[0].end)).toBe('We will win.');
    expect(problems).toEqual([]);
  });

  it('infers the direction of straight marks from their neighbours', () => {
    const p = '"It is over," he said, "and we lost."';
    const texts = findQuoteSpans([p]).spans.map((s) => s.text);
    expect(texts).toEqual(['It is over,', 'and we lost.']);
  });

  it('keeps apostrophes and nested single marks inside the outer quote', () => {
    const p = '\u201CI don\u2019t know what \u2018done\u2019 means for Iran\u2019s leaders,\u201D he said.';
    const { spans } = findQuoteSpans([p]);
    expect(spans.map((s) => s.text)).toEqual(['I don\u2019t know what \u2018done\u2019 means for Iran\u2019s leaders,']);
  });

  it('keeps double marks nested in a quote inside the one outer span', () => {
    const p = '\u201CThey called it \u201Cfake\u201D again,\u201D she said.';
    expect(findQuoteSpans([p]).spans.map((s) => s.text)).toEqual(['They called it \u201Cfake\u201D again,']);
  });

  it('joins a quote that runs over paragraphs into one span', () => {
    const paragraphs = ['\u201CThe first part goes on.', '\u201CAnd the second ends it,\u201D she said.'];
    const { spans, problems } = findQuoteSpans(paragraphs);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ paragraph: 0, start: 1, endParagraph: 1, text: 'The first part goes on. And the second ends it,' });
    expect(paragraphs[1].slice(0, spans[0].end)).toBe('\u201CAnd the second ends it,');
    expect(problems).toEqual([]);
  });

  it('reports an unclosed mark and does not let it swallow the next paragraph', () => {
    const { spans, problems } = findQuoteSpans(['He said \u201Cthis never ends.', 'Another paragraph with \u201Ca quote\u201D in it.']);
    expect(spans.map((s) => s.text)).toEqual(['a quote']);
    expect(problems).toEqual([expect.objectContaining({ paragraph: 0, offset: 8, ruleId: 'quote-unclosed' })]);
    expect(problems[0].reason).toMatch(/^Unbalanced quotation mark: .*Close the quote/);
  });

  it('reports a stray closing mark', () => {
    const { problems } = findQuoteSpans(['It ended.\u201D Then nothing.']);
    expect(problems).toEqual([expect.objectContaining({ paragraph: 0, offset: 9, ruleId: 'quote-unclosed' })]);
  });

  it('leaves inch marks alone', () => {
    expect(findQuoteSpans(['He is 5\u20196" tall and "proud," she said.']).spans.map((s) => s.text)).toEqual(['proud,']);
  });
});
