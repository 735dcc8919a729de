/**
 * How far V8 lets a heap grow past what survived its last full collection. V8 picks a factor between 1.1 and 4 from
 * how fast the program allocates against how fast it collects, and rendering allocates fast (each page's HTML, its
 * data with the article record loaded): at 10,000 articles the build's heap held about 700 MiB of live objects, yet
 * the process (render threads included) peaked at 1.6 GiB, nearly all of it garbage not yet collected. A fixed
 * factor of 1.3 collects sooner and bounds the heap by what is live. V8's flags are process-wide, so only the CLI,
 * which owns its process, sets it: a program that calls the API keeps its own settings (and can pass
 * `--heap-growing-percent` to node itself).
 */
import { setFlagsFromString } from 'node:v8';

/** The growth allowed past the live heap, in percent: measured against 100 % and V8's own choice (see ARCHITECTURE). */
const GROWTH_PERCENT = 30;

/** Caps the heap growth factor of this process and the worker threads it starts, unless node was given one (NODE_OPTIONS cannot). */
export function limitHeapGrowth(): void {
  if (process.execArgv.some((flag) => flag.startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
}
