/**
 * One `dateline dev` session: the config, the site in memory, and the memo that makes rebuilds re-extract only the
 * articles whose text changed. Each rebuild runs the ordinary build into memory and works out which URLs changed,
 * so open pages reload only when they need to. Rebuilds run one at a time, in the order asked for.
 */
import path from 'node:path';
import { build } from '../build.js';
import type { BuildHooks } from '../build-run.js';
import { configFilePath, loadConfig, type Config, type ConfigOverrides } from '../config/load-config.js';
import { createExtractionMemo } from '../extract/extraction-memo.js';
import { createMemoryWriter } from '../write/write-site.js';
import type { Problem } from '../report/problem.js';
import { UserError } from '../report/user-error.js';
import { outputUrl, type SiteFiles } from './dev-server.js';

/** What one rebuild did. */
export interface DevBuild {
  /** Site URLs (with the base path) whose bytes changed, appeared or disappeared. */
  changed: string[];
  problems: Problem[];
  pages: number;
  ms: number;
}

/** A dev session. */
export interface DevSession {
  config(): Readonly<Config>;
  files(): SiteFiles;
  /** What to watch: the content and templates folders and the config file. */
  watched(): string[];
  /** Rebuilds after the given paths changed (none: the first build). */
  rebuild(changed?: string[], hooks?: BuildHooks): Promise<DevBuild>;
}

/**
 * Starts a session in `cwd`; a bad config at the start is a UserError, later ones are reported as problems. The
 * search index is built as in `build` (unless `--no-search`): its shards are cached, so a save re-indexes one shard.
 */
export async function createDevSession(cwd: string, overrides: ConfigOverrides): Promise<DevSession> {
  const configFile = configFilePath(cwd, overrides);
  const load = async (): Promise<Readonly<Config>> => loadConfig(cwd, overrides);
  let config = await load();
  let memo = createExtractionMemo();
  const writer = createMemoryWriter();
  let queue: Promise<unknown> = Promise.resolve();

  async function rebuildNow(changed: string[], hooks: BuildHooks): Promise<DevBuild> {
    const started = performance.now();
    const before = new Map(writer.files);
    const problems: Problem[] = [];
    // A config or folder problem keeps the site as it was; the reason shows in the browser until the next build.
    const report = (error: unknown, file: string, ruleId: string): void => {
      if (!(error instanceof UserError)) throw error;
      problems.push({ file: path.relative(cwd, file) || file, line: 1, column: 1, severity: 'error', reason: error.message, ruleId });
    };
    let configured = true;
    if (changed.includes(configFile)) {
      try {
        const next = await load();
        if (next.contentDir !== config.contentDir) memo = createExtractionMemo();
        config = next;
      } catch (error) {
        report(error, configFile, 'config-invalid');
        configured = false;
      }
    }
    if (configured) {
      try {
        problems.push(...(await build(config, { ...hooks, writer, memo })).problems);
      } catch (error) {
        report(error, config.contentDir, 'build-failed');
      }
    }
    return { changed: changedUrls(before, writer.files, config.basePath), problems, pages: [...writer.files.keys()].filter((file) => file.endsWith('.html')).length, ms: performance.now() - started };
  }

  return {
    config: () => config,
    files: () => writer.files,
    watched: () => [config.contentDir, config.templatesDir, configFile],
    rebuild(changed = [], hooks = {}) {
      const next = queue.then(() => rebuildNow(changed, hooks));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

function changedUrls(before: SiteFiles, after: SiteFiles, basePath: string): string[] {
  const changed: string[] = [];
  for (const [file, contents] of after) if (!sameBytes(before.get(file), contents)) changed.push(basePath + outputUrl(file));
  for (const file of before.keys()) if (!after.has(file)) changed.push(basePath + outputUrl(file));
  return changed.sort();
}

function sameBytes(a: string | Uint8Array | undefined, b: string | Uint8Array): boolean {
  if (a === undefined) return false;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return Buffer.compare(a, b) === 0;
}
