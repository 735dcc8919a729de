import { describe, expect, it, vi } from 'vitest';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

const favourMemoryWhenLarge = vi.fn(() => true);
vi.mock('../../src/heap-settings.js', () => ({ favourMemoryWhenLarge }));
const { runBuild } = await import('../../src/commands/build.js');

/** What a stream was written, as text. */
function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('dateline build', () => {
  it('asks for memory to be favoured once the archive is indexed, and says so when verbose', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-05-06 Hello from the council.' });
    const out = collect();
    const err = collect();
    const overrides = { contentDir: path.join(dir, 'content'), outputDir: path.join(dir, 'site'), cacheDir: path.join(dir, 'cache'), search: false };
    const code = await runBuild({ args: [], values: {}, overrides, verbosity: 'verbose', out: out.stream, err: err.stream });
    expect(code).toBe(0);
    expect(favourMemoryWhenLarge).toHaveBeenCalledTimes(1);
    // After the index stage's line, before the next stage's.
    expect(err.text()).toMatch(/^index .*\nmemory +favoured over speed from here on/m);
    expect(err.text().indexOf('favoured')).toBeLessThan(err.text().search(/^render /m));
  });
});
