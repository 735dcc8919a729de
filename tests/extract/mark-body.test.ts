import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { extractBody } from '../../src/extract/extract-body.js';
import { markBody } from '../../src/extract/mark-body.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { parsePlainText } from '../../src/parse/parse-plain-text.js';
import type { Person, Quote } from '../../src/types.js';

function quoteOf(text: string, words: string, id = 'abc123', speaker = 'Kelly Magsamen'): Quote {
  const start = text.indexOf(words);
  return { id, text: words, speaker: { name: speaker, kind: 'person' }, cue: 'said', paragraph: 0, start, end: start + words.length, utterance: id };
}

function personOf(text: string, name: string, ...forms: string[]): Person {
  const mentions = [name, ...forms].flatMap((form) => [...text.matchAll(new RegExp(form, 'g'))].map((match) => ({ paragraph: 0, start: match.index, end: match.index + form.length, text: form })));
  return { name, aliases: forms, titles: [], descriptions: [], mentions };
}

function marked(source: string, quotes: (text: string) => Quote[], people: (text: string) => Person[] = () => [], markdown = false, url?: string): string {
  const { texts, nodes } = extractBody(markdown ? parseMarkdown(source) : parsePlainText(source));
  return markBody(texts, nodes, { quotes: quotes(texts[0]), people: people(texts[0]), url })[0].html;
}

describe('markBody', () => {
  it('turns a quote inside its own marks into <q> with an anchor, dropping the marks the browser draws', () => {
    const html = marked('“God help us.” Kelly Magsamen wrote.', (text) => [quoteOf(text, 'God help us.')]);
    expect(html).toBe('<p><q id="q-abc123" data-quote="abc123" data-speaker="Kelly Magsamen">God help us.</q> Kelly Magsamen wrote.</p>');
  });

  it('adds the article address as cite', () => {
    const html = marked('“Yes,” she said.', (text) => [quoteOf(text, 'Yes,')], () => [], false, 'https://example.org/a');
    expect(html).toContain('<q id="q-abc123" data-quote="abc123" data-speaker="Kelly Magsamen" cite="https://example.org/a">Yes,</q>');
  });

  it('marks a quote without a closing mark as a span that keeps its text', () => {
    const html = marked('“This runs on to the next paragraph', (text) => [quoteOf(text, 'This runs on to the next paragraph')]);
    expect(html).toBe('<p>“<span id="q-abc123" class="quote" data-quote="abc123" data-speaker="Kelly Magsamen">This runs on to the next paragraph</span></p>');
  });

  it('marks a Markdown quote that crosses emphasis in pieces, the first holding the anchor', () => {
    const html = marked('He said “we *will* respond *now* and later” today.', (text) => [quoteOf(text, 'we will respond now and later')], () => [], true);
    expect(html).toBe('<p>He said <q id="q-abc123" data-quote="abc123" data-speaker="Kelly Magsamen">we <em>will</em> respond <em>now</em> and later</q> today.</p>');
    const split = marked('He said “we *will respond* now” today.', (text) => [{ ...quoteOf(text, 'we will'), end: text.indexOf('will') + 4 }], () => [], true);
    expect(split).toBe('He said “<span id="q-abc123" class="quote" data-quote="abc123" data-speaker="Kelly Magsamen">we </span><em><span class="quote" data-quote="abc123" data-speaker="Kelly Magsamen">will</span> respond</em> now” today.'.replace(/^/, '<p>').replace(/$/, '</p>'));
  });

  it('marks mentions inside and outside quotes, but not inside a link', () => {
    const source = '“Soleimani is dead,” Ahmed al-Assadi told [Reuters and Soleimani](https://example.org).';
    const html = marked(source, (text) => [quoteOf(text, 'Soleimani is dead,')], (text) => [personOf(text, 'Ahmed al-Assadi'), personOf(text, 'Soleimani')], true);
    expect(html).toBe('<p><q id="q-abc123" data-quote="abc123" data-speaker="Kelly Magsamen"><span data-person="1">Soleimani</span> is dead,</q> <span data-person="0">Ahmed al-Assadi</span> told <a href="https://example.org">Reuters and Soleimani</a>.</p>');
  });

  it('maps offsets across collapsed whitespace and line breaks', () => {
    const html = marked('Sen.   Chuck\nSchumer   said “no  way”.', (text) => [quoteOf(text, 'no way')], (text) => [personOf(text, 'Chuck Schumer')]);
    expect(html).toBe('<p>Sen.   <span data-person="0">Chuck\nSchumer</span>   said <q id="q-abc123" data-quote="abc123" data-speaker="Kelly Magsamen">no  way</q>.</p>');
  });

  it('starts a mark on a space after the space, on a one-line paragraph as across collapsed whitespace', () => {
    const person = (text: string): Person[] => [{ name: 'Ann Berg', aliases: [], titles: [], descriptions: [], mentions: [{ paragraph: 0, start: text.indexOf(' Ann'), end: text.indexOf(' said'), text: ' Ann Berg' }] }];
    expect(marked('Minister Ann Berg said no.', () => [], person)).toBe('<p>Minister <span data-person="0">Ann Berg</span> said no.</p>');
    expect(marked('Minister  Ann Berg said no.', () => [], person)).toBe('<p>Minister  <span data-person="0">Ann Berg</span> said no.</p>');
  });

  it('never lets article text through as markup', () => {
    const source = '“<script>alert(1)</script>” said <b>Eve</b>.';
    const html = marked(source, (text) => [quoteOf(text, '<script>alert(1)</script>', 'x1', '"><img src=x onerror=alert(1)>')], (text) => [personOf(text, '<b>Eve</b>')]);
    const root = parse(html);
    expect(root.querySelectorAll('script, img, b').length).toBe(0);
    expect(root.querySelector('q')?.getAttribute('data-speaker')).toBe('"><img src=x onerror=alert(1)>');
    expect(root.textContent).toBe('<script>alert(1)</script> said <b>Eve</b>.');
  });

  it('never throws and keeps the text for any quote and mention offsets', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 4 }), fc.boolean(), (source, ranges, markdown) => {
        const { texts, nodes } = extractBody(markdown ? parseMarkdown(source) : parsePlainText(source));
        if (!texts.length) return;
        const quotes = ranges.slice(0, 2).map(([a, b], index): Quote => ({ id: `q${index}`, text: '', speaker: { name: 'X', kind: 'person' }, cue: '', paragraph: 0, start: Math.min(a, b), end: Math.max(a, b), utterance: `q${index}` }));
        const people = ranges.slice(2).map(([a, b]): Person => ({ name: 'Y', aliases: [], titles: [], descriptions: [], mentions: [{ paragraph: 0, start: Math.min(a, b), end: Math.max(a, b), text: '' }] }));
        const result = markBody(texts, nodes, { quotes, people });
        const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/[“”"«»„]/g, '');
        expect(plain(result[0].html)).toBe(plain(markBody(texts, nodes, { quotes: [], people: [] })[0].html));
      }),
      { numRuns: 300 },
    );
  });
});
