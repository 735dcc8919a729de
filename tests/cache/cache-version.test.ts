import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeVersion, RECORD_CODE, sourceKey } from '../../src/cache/cache-version.js';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

describe('codeVersion', () => {
  it('changes when code in a nested folder of the extractor changes, and not for other folders', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'package.json': '{"version":"1.0.0"}', 'src/extract/who/rules.ts': 'export const a = 1;', 'src/render/page.ts': 'x', 'src/read/r.ts': '', 'src/parse/p.ts': '', 'src/pool/w.ts': '', 'src/index/i.ts': '' });
    const root = path.join(dir, 'src');
    const before = codeVersion(RECORD_CODE, root);
    await writeFile(path.join(root, 'render', 'page.ts'), 'y');
    expect(codeVersion(RECORD_CODE, root)).toBe(before);
    await writeFile(path.join(root, 'extract', 'who', 'rules.ts'), 'export const a = 2;');
    expect(codeVersion(RECORD_CODE, root)).not.toBe(before);
  });

  it('changes with the version in package.json', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'package.json': '{"version":"1.0.0"}', 'src/a.ts': '' });
    const before = codeVersion(['.'], path.join(dir, 'src'));
    await writeFile(path.join(dir, 'package.json'), '{"version":"1.0.1"}');
    expect(codeVersion(['.'], path.join(dir, 'src'))).not.toBe(before);
  });
});

describe('sourceKey', () => {
  it('depends on the bytes, the path and the version', () => {
    const bytes = new TextEncoder().encode('date 2020-01-01 One.');
    const key = sourceKey('v1', 'a.txt', bytes);
    expect(sourceKey('v1', 'a.txt', new TextEncoder().encode('date 2020-01-01 One.'))).toBe(key);
    expect(sourceKey('v1', 'b.txt', bytes)).not.toBe(key);
    expect(sourceKey('v2', 'a.txt', bytes)).not.toBe(key);
    expect(sourceKey('v1', 'a.txt', new TextEncoder().encode('date 2020-01-01 Two.'))).not.toBe(key);
  });
});
