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

  it('leaves out spaces the source set just inside the marks', () => {
    const p = 'He said: \u201C \u2018Let\u2019s talk about it tomorrow.\u2019 \u201D';
    const [span] = findQuoteSpans([p]).spans;
    expect(span.text).toBe('\u2018Let\u2019s talk about it tomorrow.\u2019');
    expect(p.slice(span.start, span.end)).toBe(span.text);
  });

  it('reports a lone double mark of every kind, the only mark in its paragraph', () => {
    for (const mark of ['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']) {
      expect(findQuoteSpans([`Before ${mark}after, no other mark.`]).problems, mark).toHaveLength(1);
    }
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

  it('does not carry a quote whose opening mark ends its paragraph with no words after it', () => {
    const { spans, problems } = findQuoteSpans(['He wrote "', '"It goes on," she said.']);
    expect(spans.map((s) => [s.paragraph, s.text])).toEqual([[1, 'It goes on,']]);
    expect(problems).toEqual([expect.objectContaining({ paragraph: 0, offset: 9, ruleId: 'quote-unclosed' })]);
  });

  it('reports a stray closing mark', () => {
    const { problems } = findQuoteSpans(['It ended.\u201D Then nothing.']);
    expect(problems).toEqual([expect.objectContaining({ paragraph: 0, offset: 9, ruleId: 'quote-unclosed' })]);
  });

  it('leaves inch marks alone', () => {
    expect(findQuoteSpans(['He is 5\u20196" tall and "proud," she said.']).spans.map((s) => s.text)).toEqual(['proud,']);
    expect(findQuoteSpans(['She bought a 12" record and said "it spins."']).spans.map((s) => s.text)).toEqual(['it spins.']);
  });

  it('closes a straight-marked quote that ends in a number', () => {
    const { spans, problems } = findQuoteSpans(['The ship, known as "Hull No. 7", sailed under the code "Plan 2031" and then "Tide 4."']);
    expect(spans.map((s) => s.text)).toEqual(['Hull No. 7', 'Plan 2031', 'Tide 4.']);
    expect(problems).toEqual([]);
  });

  it('still skips feet and inches inside an open quote', () => {
    expect(findQuoteSpans(['"He is 6\'2" and fast," the coach said.']).spans.map((s) => s.text)).toEqual(['He is 6\'2" and fast,']);
  });

  it('does not join a paragraph ending in a number-named term to the next paragraph', () => {
    const paragraphs = ['The agency named it "Vx-20" in place of "2020-Vx."', '"Vx-20" is the disease, not the virus.'];
    const { spans, problems } = findQuoteSpans(paragraphs);
    expect(spans.map((s) => [s.paragraph, s.endParagraph, s.text])).toEqual([[0, 0, 'Vx-20'], [0, 0, '2020-Vx.'], [1, 1, 'Vx-20']]);
    expect(problems).toEqual([]);
  });

  it('tells which paragraphs hold a double quotation mark of any kind', () => {
    const paragraphs = ['Nothing quoted here.', 'Also \u00ABguillemets\u00BB count.', 'An inch mark, 12", counts too.', 'Plain again.'];
    expect(findQuoteSpans(paragraphs).marked).toEqual([false, true, true, false]);
  });
});
