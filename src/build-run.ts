/** What every stage run shares: timings, progress hooks, and how a file's path is shown in messages. */
import path from 'node:path';

/** How long one stage took and how many things it handled. */
export interface StageTiming {
  stage: string;
  count: number;
  unit: string;
  ms: number;
}

/** Callbacks that follow a run, for progress bars and timings; all optional. */
export interface BuildHooks {
  /** A stage starts and will handle `total` items, counted in `unit` ("files", "articles", "pages"). */
  onStageStart?: (stage: string, total: number, unit: string) => void;
  /** `done` of the current stage's items are handled. */
  onProgress?: (stage: string, done: number) => void;
  /** A stage finished. */
  onStage?: (timing: StageTiming) => void;
  /** One article was parsed and extracted (not called for articles the memo already had). */
  onArticle?: (source: string, ms: number) => void;
}

/** A run's stage timer (see `startRun`). */
export type Run = ReturnType<typeof startRun>;

/** The path shown in messages: relative to the working folder when inside it. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Times stages and passes progress to the hooks; `stages` collects the timings. */
export function startRun(hooks: BuildHooks, stages: StageTiming[] = []) {
  let current = { stage: '', unit: '', started: 0 };
  return {
    stages,
    start(stage: string, total: number, unit: string): void {
      current = { stage, unit, started: performance.now() };
      hooks.onStageStart?.(stage, total, unit);
    },
    ticker(stage: string): (done: number) => void {
      return (done) => hooks.onProgress?.(stage, done);
    },
    /** Ends the current stage, which handled `count` items (not always its total: errors drop articles). */
    end(count: number, unit = current.unit): void {
      const timing = { stage: current.stage, count, unit, ms: performance.now() - current.started };
      stages.push(timing);
      hooks.onStage?.(timing);
    },
  };
}
