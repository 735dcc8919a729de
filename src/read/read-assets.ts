/** Reads a theme's static assets (CSS, images, fonts) so they can be written under `assets/` as they are. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../types.js';

/** Every file below `<templatesDir>/assets`, as output files under `assets/`; none when the folder is missing. */
export async function readAssets(templatesDir: string): Promise<OutputFile[]> {
  const dir = path.join(templatesDir, 'assets');
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  const files: OutputFile[] = [];
  for (const name of names.sort()) {
    const full = path.join(dir, name);
    try {
      files.push({ path: `assets/${name.split(path.sep).join('/')}`, contents: await readFile(full) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
    }
  }
  return files;
}
