import { describe, expect, it } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openShardCache } from '../../src/search/shard-cache.js';
import { tempDir } from '../helpers/temp-project.js';

const files = [
  { path: 'pagefind-entry.json', contents: '{"version":"1"}' },
  { path: 'index/en_1.pf_index', contents: new Uint8Array([0, 1, 2, 255]) },
];

describe('the search shard cache', () => {
  it('gives back a kept shard’s files byte for byte, and nothing for a shard it does not hold or cannot read', async () => {
    const dir = await tempDir();
    openShardCache(dir).save('f1', files);
    const cache = openShardCache(dir);
    expect(cache.load('f1')).toEqual(files);
    expect(cache.load('f2')).toBeUndefined();
    await writeFile(path.join(dir, 'search-shards', 'f3.shard'), 'not a shard');
    expect(cache.load('f3')).toBeUndefined();
  });

  it('keeps only the shards it is told to, and starts empty when clean', async () => {
    const dir = await tempDir();
    const cache = openShardCache(dir);
    for (const name of ['f1', 'f2', 'f3']) cache.save(name, files);
    cache.keepOnly(new Set(['f2']));
    expect(await readdir(path.join(dir, 'search-shards'))).toEqual(['f2.shard']);
    cache.saveLast({ inputs: 'i', placed: ['p'], list: '{}' });
    const clean = openShardCache(dir, true);
    expect([clean.load('f2'), clean.last()]).toEqual([undefined, undefined]);
  });

  it('remembers what the last build made', async () => {
    const cache = openShardCache(await tempDir());
    expect(cache.last()).toBeUndefined();
    const last = { inputs: 'i', placed: ['p1', 'p2'], list: '{"shards":[]}', salt: 's', shards: [{ fingerprint: 'f1', keys: 'k', requests: 3, sources: ['a.md', 'b.txt'] }] };
    cache.saveLast(last);
    expect(cache.last()).toEqual(last);
  });

  it('keeps the requests a shard was indexed from, and lets them go with the shard', async () => {
    const dir = await tempDir();
    const cache = openShardCache(dir);
    const requests = { packed: new TextEncoder().encode('{"url":"/a/","html":""}\n{"url":"/q/","record":{}}'), pages: [0] };
    cache.save('f1', files);
    cache.saveRequests('f1', requests);
    const loaded = openShardCache(dir).loadRequests('f1')!;
    expect({ pages: loaded.pages, packed: Buffer.from(loaded.packed) }).toEqual({ pages: [0], packed: Buffer.from(requests.packed) });
    expect(cache.loadRequests('f2')).toBeUndefined();
    cache.keepOnly(new Set());
    expect([cache.loadRequests('f1'), await readdir(path.join(dir, 'search-shards'))]).toEqual([undefined, []]);
  });
});
