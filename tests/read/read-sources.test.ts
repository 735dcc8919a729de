import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdir, symlink } from 'node:fs/promises';
import { findSources, readSources, toSourceFile, sourceKindOf } from '../../src/read/read-sources.js';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sourceKindOf', () => {
  it('chooses the format by extension', () => {
    expect(sourceKindOf('a/b.txt')).toBe('text');
    expect(sourceKindOf('a/b.MD')).toBe('markdown');
    expect(sourceKindOf('a/b.markdown')).toBe('markdown');
    expect(sourceKindOf('people.yml')).toBeUndefined();
  });
});

describe('toSourceFile', () => {
  it('drops a byte order mark and turns CRLF and lone CR into LF', () => {
    const file = toSourceFile(encode('\uFEFFdate 2020-01-01\r\nOne\r\rTwo\rThree'), '/c/a.txt', '/c');
    expect(file.value).toBe('date 2020-01-01\nOne\n\nTwo\nThree');
    expect(file.messages).toHaveLength(0);
  });

  it('reports a binary file as a fatal problem', () => {
    const file = toSourceFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), '/c/a.txt', '/c');
    expect(file.messages[0].fatal).toBe(true);
    expect(file.messages[0].ruleId).toBe('file-binary');
  });

  it('warns about invalid UTF-8 at the line of the first bad byte and keeps the rest', () => {
    const bytes = new Uint8Array([...encode('date 2020-01-01\nCaf'), 0xe9, ...encode(' au lait')]);
    const file = toSourceFile(bytes, '/c/a.txt', '/c');
    expect(String(file.value)).toContain('Caf\uFFFD au lait');
    expect(file.messages[0]).toMatchObject({ line: 2, column: 4, ruleId: 'encoding-invalid' });
    expect(file.messages[0].fatal).toBeFalsy();
  });

  it('records the path relative to the content folder with forward slashes', () => {
    const file = toSourceFile(encode('x'), path.join('/c', 'sub', 'a.md'), '/c');
    expect(file.data).toEqual({ kind: 'markdown', relativePath: 'sub/a.md' });
  });
});

describe('findSources', () => {
  it('lists article files sorted, skipping hidden and underscore names, README-style documents and other files', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'b.md': 'x', 'a.txt': 'x', 'sub/c.md': 'x', '.git/d.md': 'x', 'people.yml': 'x', 'notes.pdf': 'x', 'README.md': 'x', 'ATTRIBUTION.md': 'x', '_drafts/e.md': 'x' });
    const found = (await findSources(dir)).map((file) => path.relative(dir, file));
    expect(found).toEqual(['a.txt', 'b.md', path.join('sub', 'c.md')]);
  });

  it('survives a symlink loop', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a/x.md': 'x' });
    await mkdir(path.join(dir, 'a', 'b'));
    await symlink(path.join(dir, 'a'), path.join(dir, 'a', 'b', 'loop'));
    const found = await findSources(dir);
    expect(found.filter((file) => file.endsWith('x.md')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('readSources', () => {
  it('reads every article file with its kind', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'date 2020-01-01 Hello.', 'b.md': '# Hi' });
    const files = await readSources(dir);
    expect(files.map((file) => [file.data.relativePath, file.data.kind, String(file.value)])).toEqual([
      ['a.txt', 'text', 'date 2020-01-01 Hello.'],
      ['b.md', 'markdown', '# Hi'],
    ]);
  });
});
