import { describe, expect, it } from 'vitest';
import { toSourceFile } from '../../src/read/read-sources.js';
import { parseSource, takeDateLine } from '../../src/parse/parse-source.js';
import type { Paragraph, Text } from 'mdast';

const source = (text: string, name = 'a.txt') => toSourceFile(new TextEncoder().encode(text), `/c/${name}`, '/c');

describe('takeDateLine', () => {
  it('finds a date line after leading whitespace, with the body on the same line', () => {
    const { dateLine, rest } = takeDateLine('  date 2020-01-03 Body text', true);
    expect(dateLine).toEqual({ value: '2020-01-03', line: 1, column: 8 });
    expect(rest).toBe('                  Body text');
  });

  it('finds a date line with the body on the next line', () => {
    const { dateLine, rest } = takeDateLine('\ndate 2020-01-03\nBody', true);
    expect(dateLine).toMatchObject({ value: '2020-01-03', line: 2, column: 6 });
    expect(rest.split('\n')[2]).toBe('Body');
  });

  it('leaves text without a date line alone', () => {
    expect(takeDateLine('Dated reports say', true)).toEqual({ rest: 'Dated reports say' });
  });
});

describe('parseSource', () => {
  it('keeps plain text literal: no Markdown, no HTML', () => {
    const parsed = parseSource(source('date 2020-01-03\n# Not a heading *not emphasis* <script>alert(1)</script> [x](y)\n\n1. not a list'));
    const texts = parsed.tree.children.map((node) => ((node as Paragraph).children[0] as Text).value);
    expect(texts).toEqual(['# Not a heading *not emphasis* <script>alert(1)</script> [x](y)', '1. not a list']);
    expect(parsed.tree.children.every((node) => node.type === 'paragraph')).toBe(true);
  });

  it('gives plain-text paragraphs their file positions', () => {
    const parsed = parseSource(source(' date 2020-01-03 First para\nstill first.\n\n  Second para.'));
    expect(parsed.tree.children.map((node) => node.position?.start)).toEqual([
      { line: 1, column: 18, offset: 17 },
      { line: 4, column: 3, offset: 44 },
    ]);
  });

  it('keeps Markdown positions as file positions below front matter', () => {
    const parsed = parseSource(source('---\ntitle: T\ndate: 2020-01-03\n---\n\nFirst *para*.\n', 'a.md'));
    expect(parsed.frontMatter).toEqual({ title: 'T', date: '2020-01-03' });
    expect(parsed.tree.children[0].position?.start.line).toBe(6);
    expect(parsed.bodyLine).toBe(5);
  });

  it('reports broken YAML at its line in the file', () => {
    const file = source('---\ntitle: T\ndate: [2020\n---\nBody', 'a.md');
    parseSource(file);
    expect(file.messages[0]).toMatchObject({ ruleId: 'front-matter-yaml', fatal: true });
    expect(file.messages[0].line).toBeGreaterThanOrEqual(3);
    expect(file.messages[0].line).toBeLessThanOrEqual(4);
  });

  it('takes a no-break space after "date" as a space', () => {
    const { dateLine } = parseSource(source('date\u00a02020-01-07\nBody', 'a.txt'));
    expect(dateLine).toEqual({ value: '2020-01-07', line: 1, column: 6 });
  });

  it('reads front matter whose keys are followed by a no-break space, keeping no-break spaces inside values', () => {
    const { frontMatter, file: parsedFile } = parseSource(source('---\ntitle:\u00a0Ten\u00a0km run\ndate: 2020-01-08\n---\nBody', 'a.md'));
    expect(parsedFile.messages).toEqual([]);
    expect(frontMatter).toEqual({ title: 'Ten\u00a0km run', date: '2020-01-08' });
  });

  it('splits plain text with a megabyte of spaces into paragraphs in linear time (a regular expression made it hang)', () => {
    const { tree } = parseSource(source(`date 2020-01-01\nFirst.\n${' '.repeat(1_000_000)}\n\nSecond.`, 'a.txt'));
    expect(tree.children.map((node) => node.position?.start.line)).toEqual([2, 5]);
  });

  it('places a YAML error inside the file when the front matter has no closing fence (found by the property test)', () => {
    const { file } = parseSource(source('---\n    ---\ntitle: ', 'a.txt'));
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([[3, 5, 'front-matter-yaml']]);
  });

  it('keeps a YAML error reported past the end of its line on that line (found by the property test)', () => {
    const { file } = parseSource(source('---\n: : [\n', 'a.txt'));
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([[3, 1, 'front-matter-yaml']]);
  });
});

