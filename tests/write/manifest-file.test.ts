import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { appendFile, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { manifestFileFor, readManifest, removeRetiredManifest, writeManifest } from '../../src/write/manifest-file.js';
import type { FileEntry, OutputManifest } from '../../src/write/output-manifest.js';
import { UserError } from '../../src/report/user-error.js';
import { tempDir } from '../helpers/temp-project.js';

const ODD_PATHS = ['index.html', 'a\tb/index.html', 'a\nb/index.html', '"quoted"/index.html', 'lone\uD800/index.html', 'emoji 😀/index.html', 'quotes/“x”/index.html'];

const written: OutputManifest = {
  buildId: 'build-1',
  inputs: 'all inputs',
  report: { articles: 2, pages: 7, dropped: 1, problems: [{ file: 'a.txt', line: 1, column: 1, severity: 'warning', reason: 'A “reason”.\nTwo lines.', ruleId: 'rule' }] },
  plan: { inputs: 'page inputs', keys: ['k0', 'k1'], reached: [[0, 3], null] },
  files: new Map(ODD_PATHS.map((file, n): [string, FileEntry] => [file, [n % 2 ? '' : `inputs-${n}`, `bytes-${n}`]])),
};

async function stored(manifest: OutputManifest = written): Promise<string> {
  const file = path.join(await tempDir(), 'manifest');
  writeManifest(file, manifest);
  return file;
}

describe('the manifest file', () => {
  it('reads back what was written: id, inputs, report, plan, and every file in order, odd paths included', async () => {
    const read = readManifest(await stored())!;
    const { manifest } = read;
    expect([manifest.buildId, manifest.inputs, manifest.report, manifest.plan]).toEqual([written.buildId, written.inputs, written.report, written.plan]);
    expect([...manifest.files]).toEqual([...written.files]);
    read.close();
  });

  it('reads back a manifest without a plan or files', async () => {
    const read = readManifest(await stored({ ...written, plan: undefined, files: new Map() }))!;
    expect(read.manifest.plan).toBeUndefined();
    expect(read.manifest.files.size).toBe(0);
    read.close();
  });

  it('parses the plan and the files only when first used, then keeps them', async () => {
    const file = await stored();
    const read = readManifest(file)!;
    // Damaged in place after it was opened, the same size: the head was read, the rest not yet.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('bytes-0', 'bytes\t0').replace('"keys"', '"keys!'));
    expect(read.manifest.buildId).toBe('build-1');
    expect(read.manifest.plan).toBeUndefined();
    expect(() => read.manifest.files).toThrow(UserError);
    read.close();

    writeFileSync(file, text);
    const again = readManifest(file)!;
    const files = again.manifest.files;
    writeFileSync(file, text.replace('bytes-0', 'bytes\t0'));
    expect(again.manifest.files).toBe(files);
    expect(again.manifest.plan).toBe(again.manifest.plan);
    again.close();
    expect(again.manifest.files).toBe(files);
  });

  it('reads no part that was not read before it was closed', async () => {
    const read = readManifest(await stored())!;
    read.close();
    expect(read.manifest.buildId).toBe('build-1');
    expect(() => read.manifest.files).toThrow(/after its build's write ended/);
  });

  it('trusts no file that is not a whole manifest of this format', async () => {
    const oldFormat = await stored();
    await writeFile(oldFormat, JSON.stringify({ ...written, files: Object.fromEntries(written.files) }));
    const cut = await stored();
    await truncate(cut, (await readFile(cut)).length - 20);
    const grown = await stored();
    await appendFile(grown, 'index.html\ti\tb\n');
    const garbage = await stored();
    await writeFile(garbage, '{"format":"dateline-manifest-2",\n\0\0\0');
    const empty = await stored();
    await writeFile(empty, '');
    for (const file of [oldFormat, cut, grown, garbage, empty, path.join(await tempDir(), 'missing')]) expect(readManifest(file)).toBeUndefined();
  });

  it('removes the manifest an older Dateline kept as JSON for the same output folder, and only that', async () => {
    const cacheDir = await tempDir();
    const retired = path.join(cacheDir, path.basename(manifestFileFor(cacheDir, 'public')).replace('manifest-v2-', 'manifest-') + '.json');
    const other = path.join(cacheDir, path.basename(manifestFileFor(cacheDir, 'other')).replace('manifest-v2-', 'manifest-') + '.json');
    await Promise.all([writeFile(retired, '{}'), writeFile(other, '{}')]);
    removeRetiredManifest(cacheDir, 'public');
    expect([existsSync(retired), existsSync(other)]).toEqual([false, true]);
  });
});
