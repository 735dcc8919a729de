/** Finding the programs the end-to-end tests drive (Chromium, Java) on PATH, the way a shell would. */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The first of `names` that is an executable file in a PATH folder, or undefined. */
export function findExecutable(names: string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** True when `file` exists and may be executed. */
export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
