/**
 * The worker half of search indexing: each worker thread loads its own copy of Pagefind's module, so it drives a
 * Pagefind process of its own, and shards in different workers are indexed at the same time on different cores.
 */
import type { OutputFile } from '../types.js';
import { buildShard, type ShardRequest } from './build-shard.js';

/** One shard to index: what Pagefind is sent, in order, and the site's language. */
export interface ShardTask {
  requests: ShardRequest[];
  language: string;
}

/** Indexes one shard (piscina runs one task at a time per worker, so the worker's Pagefind process is its own). */
export default function indexShard(task: ShardTask): Promise<OutputFile[]> {
  return buildShard(task.requests, task.language);
}
