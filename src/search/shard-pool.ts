/**
 * Worker threads that index search shards, one Pagefind process each (`shard-worker.ts`): the search stage indexes
 * shards side by side in them, and an edit starts its shard in one before the index is built (`edited-shards.ts`).
 */
import type { Piscina } from 'piscina';
import type { OutputFile } from '../types.js';
import { UserError } from '../report/user-error.js';
import type { ShardResult, ShardTask } from './shard-worker.js';

/** Worker threads indexing one shard at a time each. */
export type ShardPool = Piscina<ShardTask, ShardResult>;

/** Starts `threads` worker threads that index shards. */
export async function startShardPool(threads: number): Promise<ShardPool> {
  const { Piscina } = await import('piscina');
  return new Piscina({ filename: new URL('./shard-worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads });
}

/**
 * Indexes a shard's `count` requests, packed (`packRequests`), in a worker: the bytes move to the worker (the caller
 * can no longer read them), so this thread holds none of them while it waits; `sent` is called once they are on
 * their way. A UserError the worker met is thrown again here as one.
 */
export async function indexInWorker(pool: ShardPool, packed: Uint8Array<ArrayBuffer>, count: number, language: string, sent?: () => void): Promise<OutputFile[]> {
  const running = pool.run({ requests: packed, count, language }, { transferList: [packed.buffer] });
  sent?.();
  const result = await running;
  if ('userError' in result) throw new UserError(result.userError);
  return result.files;
}
