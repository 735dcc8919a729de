import { describe, expect, it } from 'vitest';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createDiskWriter } from '../../src/write/write-site.js';
import { startManifest } from '../../src/write/output-manifest.js';
import { putStreamed } from '../../src/write/put-streamed.js';
import { digest } from '../../src/render/fingerprint.js';
import { tempDir } from '../helpers/temp-project.js';

const REPORT = { articles: 0, pages: 0, dropped: 0, problems: [] };

async function* chunks(lines: Array<string | Uint8Array>): AsyncIterable<string | Uint8Array> {
  yield* lines;
}

/** Streams one file into a build of `outputDir`; what putStreamed said, and the manifest's bytes hash for it. */
async function streamBuild(outputDir: string, manifestFile: string, lines: Array<string | Uint8Array>, inputs?: string): Promise<{ kept: boolean; bytes: string }> {
  const site = await createDiskWriter(outputDir, [], manifestFile).open(false);
  const manifest = startManifest(site.previous);
  if (inputs) manifest.unchanged('data/lines.jsonl', inputs);
  const kept = await putStreamed({ path: 'data/lines.jsonl', lines: chunks(lines), madeFromInputs: inputs !== undefined }, site, manifest);
  const finished = manifest.finish(`build-${Math.random()}`, 'inputs', REPORT);
  await site.commit(finished, manifest.stale());
  return { kept, bytes: finished.files.get('data/lines.jsonl')![1] };
}

describe('putStreamed', () => {
  it('writes the chunks joined and records the same bytes hash as the joined text would have', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const lines = Array.from({ length: 40_000 }, (_, n) => `{"line":${n},"said":"“${'y'.repeat(n % 89)}”"}\n`);
    expect(await streamBuild(out, path.join(root, 'manifest.json'), lines)).toEqual({ kept: true, bytes: digest(lines.join('')) });
    expect(await readFile(path.join(out, 'data', 'lines.jsonl'), 'utf8')).toBe(lines.join(''));
  });

  it('writes and hashes chunks given as bytes in their place among the text', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const lines = Array.from({ length: 3_000 }, (_, n) => `{"line":${n},"said":"“${'z'.repeat(n % 700)}”"}\n`);
    const mixed = lines.map((line, n) => (n % 3 ? line : Buffer.from(line)));
    expect(await streamBuild(out, path.join(root, 'manifest.json'), mixed)).toEqual({ kept: true, bytes: digest(lines.join('')) });
    expect(await readFile(path.join(out, 'data', 'lines.jsonl'), 'utf8')).toBe(lines.join(''));
  });

  it('leaves a file in place when a rebuild streams the same bytes, and replaces it when they changed', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const manifest = path.join(root, 'manifest.json');
    const target = path.join(out, 'data', 'lines.jsonl');
    await streamBuild(out, manifest, ['one\n', 'two\n']);
    const before = await stat(target);
    expect((await streamBuild(out, manifest, ['one\n', 'two\n'])).kept).toBe(false);
    expect((await stat(target)).ino).toBe(before.ino);
    expect((await streamBuild(out, manifest, ['one\n', 'three\n'])).kept).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('one\nthree\n');
    // Nothing staged is left beside the output folder.
    expect((await readdir(root)).sort()).toEqual(['manifest.json', 'public']);
  });

  it('writes a file made from its inputs without hashing it, recording the inputs for its bytes', async () => {
    const root = await tempDir();
    const out = path.join(root, 'public');
    const manifest = path.join(root, 'manifest.json');
    expect(await streamBuild(out, manifest, ['one\n', 'two\n'], 'inputs-1')).toEqual({ kept: true, bytes: 'inputs-1' });
    expect(await streamBuild(out, manifest, ['one\n', 'three\n'], 'inputs-2')).toEqual({ kept: true, bytes: 'inputs-2' });
    expect(await readFile(path.join(out, 'data', 'lines.jsonl'), 'utf8')).toBe('one\nthree\n');
  });
});
