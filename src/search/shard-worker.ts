/**
 * The worker half of search indexing: each worker thread loads its own copy of Pagefind's module, so it drives a
 * Pagefind process of its own, and shards in different workers are indexed at the same time on different cores.
 */
import type { OutputFile } from '../types.js';
import { UserError } from '../report/user-error.js';
import { buildShard } from './build-shard.js';
import { unpackRequests } from './packed-requests.js';

/** One shard to index: what Pagefind is sent, in order (`packRequests`, transferred), how many, and the site's language. */
export interface ShardTask {
  requests: Uint8Array;
  count: number;
  language: string;
}

/** The shard's files, or what the user must fix (a UserError loses its class crossing threads, so it comes as text). */
export type ShardResult = { files: OutputFile[] } | { userError: string };

/** Indexes one shard (piscina runs one task at a time per worker, so the worker's Pagefind process is its own). */
export default async function indexShard(task: ShardTask): Promise<ShardResult> {
  try {
    return { files: await buildShard(unpackRequests(task.requests), task.count, task.language) };
  } catch (error) {
    if (error instanceof UserError) return { userError: error.message };
    throw error;
  }
}
