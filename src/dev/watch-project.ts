/**
 * Watches the content folder, the templates folder and the config file, and reports changes in batches. It uses
 * chokidar rather than `fs.watch`: Node 20's recursive `fs.watch` on Linux misses files in folders created after
 * it starts (nodejs/node#48437), and watching a single file such as the config stops when an editor saves by
 * replacing the file; chokidar handles both, and editors' atomic saves.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** A running watcher; `watch` replaces what is watched, for when the config moves the folders. */
export interface ProjectWatcher {
  watch(paths: string[]): void;
  close(): Promise<void>;
}

/** How long to wait after a change for more: an editor's save and a `git checkout` arrive as bursts. */
const SETTLE_MS = 40;

/** Calls `onChange` with the paths changed in each burst of changes below `paths`. */
export async function watchProject(paths: string[], onChange: (changed: string[]) => void): Promise<ProjectWatcher> {
  let roots = paths.map((file) => path.resolve(file));
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(roots, {
    ignoreInitial: true,
    // What the build skips: dot-files and dot-folders (editor swap files, .git) and node_modules below a root.
    ignored: (file: string) => roots.some((root) => {
      const relative = path.relative(root, file);
      return relative !== '' && !relative.startsWith('..') && relative.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules');
    }),
  });
  watcher.on('all', (_event, file) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending = new Set();
      onChange(changed);
    }, SETTLE_MS);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    watch(next) {
      const resolved = next.map((file) => path.resolve(file));
      watcher.unwatch(roots.filter((root) => !resolved.includes(root)));
      watcher.add(resolved.filter((root) => !roots.includes(root)));
      roots = resolved;
    },
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
