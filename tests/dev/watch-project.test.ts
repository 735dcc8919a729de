import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { watchProject, type ProjectWatcher } from '../../src/dev/watch-project.js';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

const watchers: ProjectWatcher[] = [];
afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
});

/** Watches `paths` and resolves each `next()` with the following batch of changes. */
async function watching(paths: string[]) {
  const batches: string[][] = [];
  let wake: (() => void) | undefined;
  const watcher = await watchProject(paths, (changed) => {
    batches.push(changed);
    wake?.();
  });
  watchers.push(watcher);
  return {
    watcher,
    next: async (): Promise<string[]> => {
      while (batches.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      return batches.shift()!;
    },
  };
}

describe('watchProject', () => {
  it('sees a file added in a folder made after watching began', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'x' });
    const { next } = await watching([path.join(dir, 'content')]);
    await mkdir(path.join(dir, 'content', '2020', 'march'), { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const file = path.join(dir, 'content', '2020', 'march', 'b.txt');
    await writeFile(file, 'y');
    let changed = await next();
    while (!changed.includes(file)) changed = await next();
    expect(changed).toContain(file);
  });

  it('gathers a burst of changes into one batch and ignores hidden files', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'x', 'content/b.txt': 'x' });
    const { next } = await watching([path.join(dir, 'content')]);
    await writeFile(path.join(dir, 'content', '.a.txt.swp'), 'swap');
    await writeFile(path.join(dir, 'content', 'a.txt'), 'changed');
    await writeFile(path.join(dir, 'content', 'b.txt'), 'changed');
    expect((await next()).sort()).toEqual([path.join(dir, 'content', 'a.txt'), path.join(dir, 'content', 'b.txt')]);
  });

  it('keeps watching a config file that an editor replaced, and moves to new folders', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'config.json': '{}', 'one/a.txt': 'x', 'two/b.txt': 'x' });
    const config = path.join(dir, 'config.json');
    const { watcher, next } = await watching([config, path.join(dir, 'one')]);
    await writeFile(`${config}.tmp`, '{"title": "x"}');
    await rename(`${config}.tmp`, config);
    expect(await next()).toContain(config);
    watcher.watch([config, path.join(dir, 'two')]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeFile(path.join(dir, 'two', 'b.txt'), 'changed');
    expect(await next()).toEqual([path.join(dir, 'two', 'b.txt')]);
    await writeFile(config, '{"title": "y"}');
    expect(await next()).toEqual([config]);
  });
});
