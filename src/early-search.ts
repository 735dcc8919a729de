/**
 * An edit's search shards, started as soon as the sources are keyed. The edited articles are known then (their
 * bytes differ from the last scan's, `KeyedSource.edited`), so their records are extracted here and their shards
 * made again from the requests the last build kept (`startEditedShards`), and Pagefind indexes them on the other
 * core while this thread reads the manifest and the record cache and builds the index, which leave that core idle.
 * The build keeps them only when the last build's page plan turns out to cover the edit (`build-changes.ts`), and
 * the search stage takes a shard only when its own requests are the same bytes: a wrong guess costs the idle core's
 * time, never output.
 */
import { readFile } from 'node:fs/promises';
import type { ArticleRecord } from './types.js';
import type { Config } from './config/load-config.js';
import type { KeyedSource } from './cache/source-keys.js';
import type { EarlyShards, IndexPacked } from './search/edited-shards.js';
import { toSourceFile } from './read/read-sources.js';

// More edited articles than this are a batch of changes, not an edit: their shards wait for the index as usual.
const MAX_EDITED = 16;

/**
 * Starts indexing the shards of the edited sources, or undefined when none is edited, too many are, one cannot be
 * extracted, or no shard of the last build holds them; `index` stands in for the worker thread (`startEditedShards`).
 * The extract stage extracts these articles again: a few milliseconds each, against a second path into the record
 * cache to keep in step with the first.
 */
export async function startEarlySearch(config: Readonly<Config>, sources: KeyedSource[], index?: IndexPacked): Promise<EarlyShards | undefined> {
  const edited = sources.filter((source) => source.edited);
  if (!edited.length || edited.length > MAX_EDITED) return undefined;
  const { extractSource } = await import('./pool/extract-source.js');
  const records: ArticleRecord[] = [];
  for (const source of edited) {
    const bytes = await readFile(source.path).catch(() => undefined);
    const record = bytes && extractSource(toSourceFile(bytes, source.path, config.contentDir)).record;
    if (!record) return undefined;
    records.push(record);
  }
  const { startEditedShards } = await import('./search/edited-shards.js');
  return startEditedShards(config.cacheDir, records, config.language, index);
}
