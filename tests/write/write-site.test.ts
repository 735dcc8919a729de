import { describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createDiskWriter, OUTPUT_MARKER, writeStagedFile } from '../../src/write/write-site.js';
import { startManifest } from '../../src/write/output-manifest.js';
import { readManifest } from '../../src/write/manifest-file.js';
import type { OutputFile } from '../../src/types.js';
import { tempDir } from '../helpers/temp-project.js';

const REPORT = { articles: 0, pages: 0, dropped: 0, problems: [] };

/** Writes `files` as a build would: each recorded in the manifest, only changed bytes put. */
async function writeBuild(outputDir: string, manifestFile: string, files: OutputFile[], clean = false): Promise<number> {
  const site = await createDiskWriter(outputDir, [], manifestFile).open(clean);
  const manifest = startManifest(site.previous);
  let put = 0;
  for (const file of files) {
    manifest.unchanged(file.path, String(file.contents));
    if (manifest.differs(file)) {
      put++;
      await site.put(file);
    }
  }
  await site.commit(manifest.finish(`build-${Math.random()}`, 'inputs', REPORT), manifest.stale());
  return put;
}

describe('the disk writer', () => {
  it('writes a first build whole and then only the files whose bytes changed', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const manifest = path.join(root, 'cache', 'manifest.json');
    expect(await writeBuild(out, manifest, [{ path: 'index.html', contents: 'home' }, { path: 'a/index.html', contents: 'a' }])).toBe(2);
    expect(await writeBuild(out, manifest, [{ path: 'index.html', contents: 'home 2' }, { path: 'a/index.html', contents: 'a' }])).toBe(1);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('home 2');
    expect(readManifest(manifest)?.manifest.inputs).toBe('inputs');
  });

  it('deletes pages a build no longer makes, with the folders they leave empty', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const manifest = path.join(root, 'manifest.json');
    await writeBuild(out, manifest, [{ path: 'index.html', contents: 'home' }, { path: '2020/01/02/x/index.html', contents: 'x' }, { path: '2020/index.html', contents: 'y' }]);
    await writeBuild(out, manifest, [{ path: 'index.html', contents: 'home' }, { path: '2020/index.html', contents: 'y' }]);
    expect(existsSync(path.join(out, '2020', '01'))).toBe(false);
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, '2020', 'index.html']);
  });

  it('publishes files another thread wrote straight into a full write\'s staging folder, and offers none to an incremental one', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const manifest = path.join(root, 'manifest.json');
    const site = await createDiskWriter(out, [], manifest).open(true);
    writeStagedFile(site.stagingDir!, { path: '2020/01/02/x/index.html', contents: 'x' }, new Set());
    await site.put({ path: 'index.html', contents: 'home' });
    const pages = startManifest(undefined);
    pages.differsByHash('2020/01/02/x/index.html', 'bytes');
    await site.commit(pages.finish('build-1', 'inputs', REPORT), []);
    expect(await readFile(path.join(out, '2020/01/02/x/index.html'), 'utf8')).toBe('x');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('home');
    expect((await createDiskWriter(out, [], manifest).open(false)).stagingDir).toBeUndefined();
  });

  it('refuses a file written straight to the staging folder from outside the site', async () => {
    const site = await createDiskWriter(path.join(await tempDir(), 'public'), []).open(true);
    expect(() => writeStagedFile(site.stagingDir!, { path: '../escape.html', contents: 'x' }, new Set())).toThrow(/escapes the output folder/);
    await site.abort();
  });

  it('leaves the site in place untouched when a build is aborted', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const manifest = path.join(root, 'manifest.json');
    await writeBuild(out, manifest, [{ path: 'index.html', contents: 'home' }]);
    const site = await createDiskWriter(out, [], manifest).open(false);
    await site.put({ path: 'index.html', contents: 'broken' });
    await site.abort();
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('home');
    expect(await readdir(root)).toEqual(['manifest.json', 'public']);
  });

  it('distrusts the manifest when the output folder was rebuilt without it', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    await writeBuild(out, path.join(root, 'manifest.json'), [{ path: 'index.html', contents: 'home' }]);
    await writeBuild(out, path.join(root, 'other-manifest.json'), [{ path: 'index.html', contents: 'home 2' }]);
    expect((await createDiskWriter(out, [], path.join(root, 'manifest.json')).open(false)).previous).toBeUndefined();
  });

  it('writes the whole site when the manifest is in the old JSON format or damaged, and then trusts the one it wrote', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const manifest = path.join(root, 'manifest');
    await writeBuild(out, manifest, [{ path: 'index.html', contents: 'home' }]);
    const marker = await readFile(path.join(out, OUTPUT_MARKER), 'utf8');
    const buildId = /build (.*)\n$/.exec(marker)![1];
    const oldFormat = JSON.stringify({ buildId, inputs: 'inputs', files: { 'index.html': ['home', 'x'] }, report: REPORT });
    for (const contents of [oldFormat, (await readFile(manifest, 'utf8')).slice(0, -3), 'not a manifest']) {
      await writeFile(manifest, contents);
      const site = await createDiskWriter(out, [], manifest).open(false);
      expect(site.previous).toBeUndefined();
      await site.abort();
      expect(await writeBuild(out, manifest, [{ path: 'index.html', contents: 'home' }])).toBe(1);
      expect(await writeBuild(out, manifest, [{ path: 'index.html', contents: 'home' }])).toBe(0);
    }
  });

  it('removes the staging folder a crashed build left behind', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    await mkdir(path.join(root, '.public.dateline-stage-999999999'));
    await writeBuild(out, path.join(root, 'manifest.json'), [{ path: 'index.html', contents: 'home' }]);
    expect((await readdir(root)).sort()).toEqual(['manifest.json', 'public']);
  });

  it('refuses to replace a folder Dateline did not make', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    await mkdir(out);
    await writeFile(path.join(out, 'notes.txt'), 'mine');
    await expect(createDiskWriter(out, [], path.join(root, 'manifest.json')).open(false)).rejects.toThrow(/not made by Dateline/);
  });
});
