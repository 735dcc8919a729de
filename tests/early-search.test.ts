import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../src/build.js';
import { loadConfig } from '../src/config/load-config.js';
import { RECORD_CODE, codeVersion } from '../src/cache/cache-version.js';
import { keySources } from '../src/cache/source-keys.js';
import { findSources } from '../src/read/read-sources.js';
import { startEarlySearch } from '../src/early-search.js';
import { openShardCache } from '../src/search/shard-cache.js';
import { tempDir, writeFiles } from './helpers/temp-project.js';

const CONTENT: Record<string, string> = {
  '2020-01-03-markets.md': '---\ntitle: Markets fall after strike\ndate: 2020-01-03\n---\n\nOil prices rose by four percent.\n\n"We are watching closely," said Jane Okafor, an analyst at Harbour Bank.\n',
  '2020-01-04-reaction.md': '---\ntitle: World leaders react\ndate: 2020-01-04\n---\n\nLeaders called for calm on Saturday.\n',
  '2021-06-01-election.txt': 'date 2021-06-01\n\nVoters queued from dawn.\n\n"Turnout looks strong," said Maria Lindqvist, the electoral commissioner.\n',
};

/** A built project, and the sources as the next build keys them (the stats file is the build's own). */
async function builtProject() {
  const root = await tempDir();
  const content = path.join(root, 'content');
  await writeFiles(content, CONTENT);
  const config = await loadConfig(root, { contentDir: content, outputDir: path.join(root, 'public'), cacheDir: path.join(root, 'cache') });
  await build(config, { threads: 0 });
  const version = codeVersion(RECORD_CODE);
  const keyed = async () => keySources(await findSources(content), content, version, path.join(config.cacheDir, `records-${version}`, 'stats.json'), false);
  return { config, content, keyed };
}

describe('an edit’s search shards started once the sources are keyed', () => {
  it('are made of the requests the build’s search stage then makes itself', async () => {
    const { config, content, keyed } = await builtProject();
    const file = path.join(content, '2020-01-04-reaction.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nThe summit ends on Sunday.\n`);
    const sources = await keyed();
    expect(sources.filter((source) => source.edited).map((source) => source.relativePath)).toEqual(['2020-01-04-reaction.md']);
    const made: Uint8Array[] = [];
    const early = await startEarlySearch(config, sources, async (packed) => (made.push(packed), []));
    await early!.close();
    expect(made).toHaveLength(1);
    expect(Buffer.from(made[0]).toString()).toContain('The summit ends on Sunday.');

    await build(config, { threads: 0 });
    const shards = openShardCache(config.cacheDir);
    const shard = shards.last()!.shards!.find((each) => each.sources.includes('2020-01-04-reaction.md'))!;
    expect(Buffer.compare(Buffer.from(shards.loadRequests(shard.fingerprint)!.packed), Buffer.from(made[0]))).toBe(0);
  });

  it('are none when no article was edited, when the changed file is new, or when it cannot be extracted', async () => {
    const { config, content, keyed } = await builtProject();
    const never = async (): Promise<never> => expect.unreachable('nothing should be indexed');
    expect(await startEarlySearch(config, await keyed(), never)).toBeUndefined();
    await writeFiles(content, { '2020-01-05-new.md': '---\ntitle: A new story\ndate: 2020-01-05\n---\n\nIt rained.\n' });
    expect(await startEarlySearch(config, await keyed(), never)).toBeUndefined();
    await writeFile(path.join(content, '2020-01-04-reaction.md'), '---\ntitle: [unclosed\n---\n\nBroken.\n');
    const sources = await keyed();
    expect(sources.some((source) => source.edited)).toBe(true);
    expect(await startEarlySearch(config, sources, never)).toBeUndefined();
  });
});
