import { describe, expect, it } from 'vitest';
import { placeAnchors } from '../../src/extract/place-anchor.js';
import { parsed } from '../helpers/parsed.js';

describe('placeAnchors', () => {
  it('places the front-matter date, title, a key, the body and a paragraph offset', () => {
    const article = parsed('---\ntitle: Storm\ndate: 2020-01-01\nurl: x\n---\n\nFirst paragraph.\n\nSecond paragraph here.\n');
    expect(placeAnchors(article, [{ kind: 'date' }, { kind: 'title' }, { kind: 'key', key: 'url' }, { kind: 'body' }, { kind: 'paragraph', paragraph: 1, offset: 7 }])).toEqual([
      { line: 3, column: 7 },
      { line: 2, column: 8 },
      { line: 4, column: 6 },
      { line: 6, column: 1 },
      { line: 9, column: 8 },
    ]);
  });

  it('places the date of a date line, and a derived title at the lede', () => {
    const article = parsed('date 2020-01-01\n\nThe lede.\n', 'a.txt');
    expect(placeAnchors(article, [{ kind: 'date' }, { kind: 'title' }, { kind: 'paragraph', paragraph: -1, offset: 3 }])).toEqual([
      { line: 1, column: 6 },
      { line: 3, column: 1 },
      { line: 3, column: 1 },
    ]);
  });

  it('falls back to the first line for a date from the file name and a key that is not there', () => {
    const article = parsed('Text.', '2020-01-01-a.txt');
    expect(placeAnchors(article, [{ kind: 'date' }, { kind: 'key', key: 'url' }])).toEqual([{ line: 1, column: 1 }, { line: 1, column: 1 }]);
  });

  it('places a key whose name holds regular-expression characters', () => {
    expect(placeAnchors(parsed('---\ndate: 2020-01-01\n"a(b": x\nphoto.url: y\n---\nText.'), [{ kind: 'key', key: 'photo.url' }])).toEqual([{ line: 4, column: 12 }]);
  });
});
