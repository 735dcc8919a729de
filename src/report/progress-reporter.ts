/**
 * Progress for people, on stderr so stdout stays clean for data. On a terminal, a stage that runs longer than half a
 * second gets a progress bar with counts and an ETA; every finished stage leaves one plain line, which is all that
 * is printed when stderr is not a terminal. `verbose` adds each stage's time and the slowest articles; `quiet`
 * prints nothing.
 */
import cliProgress from 'cli-progress';
import type { BuildHooks, StageTiming } from '../build-run.js';

/** How much progress to print. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

/** Build hooks that print progress, and `finish` to print what is only known at the end. */
export interface ProgressReporter {
  hooks: BuildHooks;
  finish(): void;
}

/** Stages quicker than this never show a bar: it would only flicker. */
const BAR_DELAY_MS = 500;
const SLOWEST_SHOWN = 5;

/** A reporter writing to `stream`; bars only when `interactive` (by default: the stream is a terminal, not in CI). */
export function createProgressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }, verbosity: Verbosity, interactive = isInteractive(stream)): ProgressReporter {
  if (verbosity === 'quiet') return { hooks: {}, finish: () => undefined };
  let stage = { name: '', total: 0, unit: '', started: 0 };
  let bar: cliProgress.SingleBar | undefined;
  const slowest: Array<{ source: string; ms: number }> = [];
  const hooks: BuildHooks = {
    onStageStart(name, total, unit) {
      stage = { name, total, unit, started: performance.now() };
    },
    onProgress(name, done) {
      if (!interactive || name !== stage.name) return;
      if (bar) bar.update(done);
      else if (performance.now() - stage.started > BAR_DELAY_MS && done < stage.total) {
        bar = new cliProgress.SingleBar(
          { stream, format: `${name.padEnd(8)} {bar} {value}/{total} ${stage.unit} · {eta_formatted} left`, hideCursor: true, clearOnComplete: true, barsize: 30, etaBuffer: 100 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(stage.total, done);
      }
    },
    onStage(timing) {
      bar?.stop();
      bar = undefined;
      stream.write(`${stageLine(timing, verbosity === 'verbose')}\n`);
    },
  };
  if (verbosity === 'verbose') {
    hooks.onArticle = (source, ms) => {
      if (slowest.length === SLOWEST_SHOWN && ms <= slowest[SLOWEST_SHOWN - 1].ms) return;
      slowest.push({ source, ms });
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, SLOWEST_SHOWN);
    };
  }
  return {
    hooks,
    finish() {
      if (verbosity !== 'verbose' || slowest.length === 0) return;
      stream.write(`slowest articles to extract:\n${slowest.map(({ source, ms }) => `  ${formatMs(ms).padStart(8)}  ${source}`).join('\n')}\n`);
    },
  };
}

/** One finished stage: `extract      283 articles`, with its time when verbose. */
export function stageLine(timing: StageTiming, withTime: boolean): string {
  const line = `${timing.stage.padEnd(8)} ${String(timing.count).padStart(7)} ${timing.unit}`;
  return withTime ? `${line.padEnd(26)} ${formatMs(timing.ms).padStart(8)}` : line;
}

/** A duration for people: `412 ms`, `2.17 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function isInteractive(stream: { isTTY?: boolean }): boolean {
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb' && !process.env.CI;
}
