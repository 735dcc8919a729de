/**
 * Read stage: finds article files under the content folder and reads them into `SourceFile`s.
 * In: a content folder. Out: source files in a sorted, stable order, and problems with unreadable ones.
 * It only reads; decoding quirks (BOM, CRLF, invalid UTF-8, binary data) become messages or are normalised here
 * so later stages see clean text with the file's own line numbers.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { SourceFile, SourceKind } from '../types.js';

const KIND_BY_EXTENSION: Record<string, SourceKind> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown' };

/** The format of a content file, or undefined when Dateline does not read files of its kind. */
export function sourceKindOf(filePath: string): SourceKind | undefined {
  return KIND_BY_EXTENSION[path.extname(filePath).toLowerCase()];
}

/** Documents that often sit beside articles and are not articles themselves. */
const NOT_ARTICLES = /^(?:readme|license|licence|attribution|changelog|contributing|notice|authors|copying)(?:\.[a-z]+)?$/i;

/** True for files the reader skips: hidden files, `_drafts`-style names, and README/LICENSE-style documents. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === 'node_modules' || NOT_ARTICLES.test(name);
}

/** Lists article files below a folder (recursively, skipping ignored names and symlink loops), sorted by path. */
export async function findSources(contentDir: string): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  async function walk(dir: string): Promise<void> {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(full)))) await walk(full);
      else if (sourceKindOf(entry.name)) found.push(full);
    }
  }
  await walk(contentDir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** Turns a file's bytes into a `SourceFile`: BOM dropped, line endings made `\n`, bad bytes reported. */
export function toSourceFile(bytes: Uint8Array, filePath: string, contentDir: string): SourceFile {
  const relativePath = path.relative(contentDir, filePath).split(path.sep).join('/');
  const kind = sourceKindOf(filePath) ?? 'text';
  const file = new VFile({ path: filePath, cwd: process.cwd() }) as SourceFile;
  file.data = { kind, relativePath };
  if (bytes.includes(0)) {
    file.value = '';
    file.message('This is a binary file, not text. Remove it from the content folder or save it as UTF-8 text.', undefined, 'dateline:file-binary').fatal = true;
    return file;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    const at = positionOf(text, text.indexOf('\uFFFD'));
    file.message('The file is not valid UTF-8; unreadable bytes were replaced with �. Save it as UTF-8.', at, 'dateline:encoding-invalid');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  file.value = text.replace(/\r\n?/g, '\n');
  return file;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split(/\r\n?|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Reads every article file below the content folder; a file that cannot be read becomes a fatal message. */
export async function readSources(contentDir: string): Promise<SourceFile[]> {
  return readFiles(await findSources(contentDir), contentDir);
}

/** Reads the given article files; `relativePath` is each path relative to `baseDir`. */
export async function readFiles(paths: string[], baseDir: string): Promise<SourceFile[]> {
  return Promise.all(
    paths.map(async (filePath) => {
      try {
        return toSourceFile(await readFile(filePath), filePath, baseDir);
      } catch (error) {
        const file = toSourceFile(new Uint8Array(), filePath, baseDir);
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        file.message(`The file could not be read (${reason}). Check its permissions.`, undefined, 'dateline:file-unreadable').fatal = true;
        return file;
      }
    }),
  );
}
