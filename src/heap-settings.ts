/**
 * The CLI's settings of V8's heap. V8's flags are process-wide, so only the CLI, which owns its process, sets them:
 * a program that calls the API keeps its own settings (and can pass the flags to node itself).
 *
 * How far the heap grows: V8 lets a heap grow past what survived its last full collection by a factor between 1.1
 * and 4 that it picks from how fast the program allocates against how fast it collects, and rendering allocates
 * fast (each page's HTML, its data with the article record loaded): at 10,000 articles the build's heap held about
 * 700 MiB of live objects, yet the process (render threads included) peaked at 1.6 GiB, nearly all of it garbage not
 * yet collected. A fixed factor of 1.3 collects sooner and bounds the heap by what is live.
 *
 * Memory over speed in a large build: at 100,000 articles what the index holds, which lives until the
 * build ends, is most of the heap, and V8 leaves a committed heap about half as large again as its live objects
 * (pages it does not compact, and the young generation of every thread). `--optimize-for-size` makes its full
 * collections compact and give memory back, and its threads' young generations small, at a cost in speed (see
 * ARCHITECTURE.md, "Memory over speed past a large index"), so it is set only when the indexed archive is large.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/** The growth allowed past the live heap, in percent: measured against 100 % and V8's own choice (see ARCHITECTURE). */
const GROWTH_PERCENT = 30;

/**
 * Heap in use once the archive is indexed past which a build favours memory: a build's peak has been about twice
 * this figure (100,000 articles: 856–935 MiB in use then, peaks of 2,024–2,085 MiB), so past it the build would head
 * beyond 1.5 GiB. At 10,000 articles about 150 MiB are in use then.
 */
export const LARGE_INDEX_HEAP = 768 * 2 ** 20;

/** Caps the heap growth factor of this process and the worker threads it starts, unless node was given one (NODE_OPTIONS cannot). */
export function limitHeapGrowth(): void {
  if (givenToNode('--heap-growing-percent')) return;
  setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
}

/**
 * Called once the archive is indexed: when the heap in use (`heapUsed`, bytes) is past `LARGE_INDEX_HEAP`, V8
 * favours memory over speed for the rest of the process and its worker threads, unless node was told otherwise on
 * its command line. Returns whether it switched.
 */
export function favourMemoryWhenLarge(heapUsed = getHeapStatistics().used_heap_size): boolean {
  if (heapUsed <= LARGE_INDEX_HEAP || givenToNode('--optimize-for-size') || givenToNode('--no-optimize-for-size')) return false;
  setFlagsFromString('--optimize-for-size');
  return true;
}

/** True when node's own command line sets the flag (with dashes or underscores, as V8 takes both). */
function givenToNode(flag: string): boolean {
  const wanted = flag.replaceAll('_', '-');
  return process.execArgv.some((given) => given.replaceAll('_', '-').split('=')[0] === wanted);
}
