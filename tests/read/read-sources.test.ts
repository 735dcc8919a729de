import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { findSources, readFiles, readSources, toSourceFile, sourceKindOf, MAX_ARTICLE_BYTES } from '../../src/read/read-sources.js';
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

describe('readFiles', () => {
  const reasons = async (dir: string, names: string[]) =>
    (await readFiles(names.map((name) => path.join(dir, name)), dir)).map((file) => [file.messages[0]?.ruleId, file.messages[0]?.fatal, file.messages[0]?.reason]);

  it('refuses a file over the size limit without reading it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'huge.txt'), '');
    await truncate(path.join(dir, 'huge.txt'), MAX_ARTICLE_BYTES + 1);
    expect(await reasons(dir, ['huge.txt'])).toEqual([['file-too-large', true, 'The file is 5.0 MB; articles may be at most 5.0 MB. Split it into several articles, or remove it from the content folder.']]);
  });

  it('refuses a link to a device, which would never end', async () => {
    const dir = await tempDir();
    await symlink('/dev/zero', path.join(dir, 'zero.md'));
    expect(await reasons(dir, ['zero.md'])).toEqual([['file-unreadable', true, 'This is not a regular file (it is a named pipe, socket or device). Remove it from the content folder.']]);
  });

  it('explains a link that leads back to itself', async () => {
    const dir = await tempDir();
    await symlink('self.md', path.join(dir, 'self.md'));
    expect(await reasons(dir, ['self.md'])).toEqual([['file-unreadable', true, 'This symbolic link leads back to itself. Fix the link or remove it.']]);
  });

  it('reports progress once per file', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.txt': 'x', 'b.txt': 'y' });
    const seen: number[] = [];
    await readFiles([path.join(dir, 'a.txt'), path.join(dir, 'b.txt')], dir, (done) => seen.push(done));
    expect(seen).toEqual([1, 2]);
  });
});

describe('findSources on a missing folder', () => {
  it('says the content folder does not exist and how to name it', async () => {
    await expect(findSources('/nonexistent/content')).rejects.toThrow('The content folder /nonexistent/content does not exist. Create it, or pass the folder that holds the articles with --content DIR.');
  });
});
