/**
 * Finds and reads the editor's people file in the content folder. Only reads: parsing and validation happen in the
 * index stage, which applies the file.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../report/user-error.js';

/** The names the people file may have, in the content folder. */
const PEOPLE_FILE_NAMES = ['people.yml', 'people.yaml', 'people.json'];

/** The editor's people file as read: its absolute path and its text. */
export interface PeopleFile {
  path: string;
  text: string;
}

/** The people file's absolute path and text, or undefined when the content folder has none. */
export async function readPeopleFile(contentDir: string): Promise<PeopleFile | undefined> {
  const found = PEOPLE_FILE_NAMES.map((name) => path.join(contentDir, name)).filter((file) => existsSync(file));
  if (found.length > 1) throw new UserError(`The content folder has ${found.map((file) => path.basename(file)).join(' and ')}. Keep one people file and merge the other into it.`);
  if (!found.length) return undefined;
  try {
    return { path: found[0], text: (await readFile(found[0], 'utf8')).replace(/^\uFEFF/, '') };
  } catch (error) {
    throw new UserError(`${found[0]}: the people file could not be read (${(error as NodeJS.ErrnoException).code ?? error}). Check its permissions.`);
  }
}
