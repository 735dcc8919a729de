import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFileLines, toFileLine } from '../../src/write/file-table.js';
import type { FileEntry } from '../../src/write/output-manifest.js';
import { hostileText } from '../helpers/hostile-text.js';

function roundTrip(entries: [string, FileEntry][]): Map<string, FileEntry> {
  const files = new Map<string, FileEntry>();
  parseFileLines(entries.map(([path, entry]) => toFileLine(path, entry)).join(''), files);
  return files;
}

describe('the files table', () => {
  it('writes a path and its hashes as they are, separated by tabs, one file a line', () => {
    expect(toFileLine('2020/01/02/a-slug/index.html', ['inputs-hash', 'bytes-hash'])).toBe('2020/01/02/a-slug/index.html\tinputs-hash\tbytes-hash\n');
    expect(toFileLine('quotes/“said”/index.html', ['', 'b'])).toBe('quotes/“said”/index.html\t\tb\n');
  });

  it('quotes a path with a tab or a line break, one that starts with a quotation mark, and one with a surrogate', () => {
    expect(toFileLine('a\tb', ['i', 'b'])).toBe('"a\\tb"\ti\tb\n');
    expect(toFileLine('a\nb', ['i', 'b'])).toBe('"a\\nb"\ti\tb\n');
    expect(toFileLine('"quoted".html', ['i', 'b'])).toBe('"\\"quoted\\".html"\ti\tb\n');
    expect(toFileLine('lone\uD800', ['i', 'b'])).toBe('"lone\\ud800"\ti\tb\n');
    expect(toFileLine('a"b', ['i', 'b'])).toBe('a"b\ti\tb\n');
  });

  it('reads back every path and hash it wrote, in order, whatever characters they hold', () => {
    const odd: [string, FileEntry][] = [
      ['a\tb', ['i\t', '\nb']], ['a\nb', ['', '']], ['"q"', ['"', '"x']], ['lone\uD800 and \uDC00', ['😀', 'b']], ['back\\slash', ['i', 'b']], ['', ['', '']], ['plain/index.html', ['i', 'b']],
    ];
    expect([...roundTrip(odd)]).toEqual(odd);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(hostileText, hostileText, hostileText), { selector: ([path]) => path, maxLength: 20 }), (rows) => {
        const entries = rows.map(([path, inputs, bytes]): [string, FileEntry] => [path, [inputs, bytes]]);
        expect([...roundTrip(entries)]).toEqual(entries);
      }),
    );
  });

  it('refuses a line that is not a file\'s: too few or too many fields, no line break, a broken quoted field', () => {
    for (const text of ['a\tb\n', 'a\tb\tc\td\n', 'a\tb\tc', '"a\tb\tc\n', 'ok\ti\tb\nnot one\n']) expect(() => parseFileLines(text, new Map())).toThrow(SyntaxError);
  });
});
