import { describe, expect, it } from 'vitest';
import { startManifest, type OutputManifest } from '../../src/write/output-manifest.js';

const previous: OutputManifest = {
  buildId: 'b1',
  inputs: 'all',
  files: new Map([
    ['pagefind/a.pf_index', ['shard-1', 'bytes-a']],
    ['pagefind/b.pf_meta', ['shard-1', 'bytes-b']],
    ['pagefind/2019-01/c.pf_index', ['shard-2', 'bytes-c']],
    ['index.html', ['page', 'bytes-i']],
  ]),
  report: { articles: 1, pages: 1, dropped: 0, problems: [] },
};

describe('the manifest of a build', () => {
  it('keeps every file the last build made from the given inputs, with their bytes, and says whether there were any', () => {
    const manifest = startManifest(previous);
    expect(manifest.keepMadeFrom('shard-1', 'pagefind/')).toBe(true);
    expect(manifest.keepMadeFrom('shard-3', 'pagefind/')).toBe(false);
    expect(Object.fromEntries(manifest.finish('b2', 'all', previous.report).files)).toEqual({ 'pagefind/a.pf_index': ['shard-1', 'bytes-a'], 'pagefind/b.pf_meta': ['shard-1', 'bytes-b'] });
    expect(manifest.stale().sort()).toEqual(['index.html', 'pagefind/2019-01/c.pf_index']);
  });

  it('keeps only files under the given folder', () => {
    const manifest = startManifest(previous);
    expect(manifest.keepMadeFrom('page', 'pagefind/')).toBe(false);
    expect(manifest.keepMadeFrom('shard-2', 'pagefind/2019-01/')).toBe(true);
    expect([...manifest.finish('b2', 'all', previous.report).files.keys()]).toEqual(['pagefind/2019-01/c.pf_index']);
  });

  it('leaves a file this build already recorded as it is, whatever the last build made it from', () => {
    const manifest = startManifest(previous);
    manifest.unchanged('pagefind/a.pf_index', 'page-now');
    expect(manifest.keepMadeFrom('shard-1', 'pagefind/')).toBe(true);
    expect(manifest.finish('b2', 'all', previous.report).files.get('pagefind/a.pf_index')).toEqual(['page-now', '']);
  });

  it('writes a page of an unchanged group again when its bytes changed, leaving the last manifest as it was', () => {
    // A group renders whole when one of its pages changed: its other pages keep their fingerprints, yet render too.
    const last: OutputManifest = structuredClone(previous);
    const manifest = startManifest(last);
    expect(manifest.unchanged('index.html', 'page')).toBe(true);
    expect(manifest.differsByHash('index.html', 'bytes-new')).toBe(true);
    expect(manifest.finish('b2', 'all', previous.report).files.get('index.html')).toEqual(['page', 'bytes-new']);
    expect(last).toEqual(previous);
  });

  it('records the inputs of a file made from them as its bytes, and says it must be written when they changed', () => {
    const manifest = startManifest(previous);
    expect(manifest.unchanged('index.html', 'page-now')).toBe(false);
    expect(manifest.differsByInputs('index.html')).toBe(true);
    const next = manifest.finish('b2', 'all', previous.report);
    expect(next.files.get('index.html')).toEqual(['page-now', 'page-now']);
    expect(() => startManifest(next).differsByInputs('index.html')).toThrow('No inputs were recorded for index.html');
  });
});
