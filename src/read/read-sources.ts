/**
 * Read stage: finds article files under the content folder and reads them into `SourceFile`s.
 * In: a content folder. Out: source files in a sorted, stable order, and problems with unreadable ones.
 * It only reads; decoding quirks (BOM, CRLF, invalid UTF-8, binary data) become messages or are normalised here
 * so later stages see clean text with the file's own line numbers.
 */
import { readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { SourceFile, SourceKind } from '../types.js';
import { UserError } from '../report/user-error.js';

/** Articles larger than this are refused: no news article comes near it, and Markdown parsing would stall on it. */
export const MAX_ARTICLE_BYTES = 5_000_000;

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

/**
 * Lists article files below a folder (recursively, skipping ignored names and symlink loops), sorted by path. A
 * subfolder that cannot be listed is listed itself, so that reading it reports the problem instead of hiding it.
 */
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
      if (entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(full)))) await walk(full).catch(() => found.push(full));
      else if (sourceKindOf(entry.name)) found.push(full);
    }
  }
  try {
    await walk(contentDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError(`The content folder ${contentDir} does not exist. Create it, or pass the folder that holds the articles with --content DIR.`);
    throw new UserError(`The content folder ${contentDir} could not be read (${code ?? String(error)}). Check its permissions.`);
  }
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
export async function readSources(contentDir: string, onRead?: (done: number) => void): Promise<SourceFile[]> {
  return readFiles(await findSources(contentDir), contentDir, onRead);
}

/** Reads the given article files; `relativePath` is each path relative to `baseDir`. `onRead` follows progress. */
export async function readFiles(paths: string[], baseDir: string, onRead?: (done: number) => void): Promise<SourceFile[]> {
  let done = 0;
  return Promise.all(
    paths.map(async (filePath) => {
      const file = await readSource(filePath, baseDir);
      onRead?.(++done);
      return file;
    }),
  );
}

/** Reads one article file, or explains why it cannot be an article. */
async function readSource(filePath: string, baseDir: string): Promise<SourceFile> {
  const refuse = (reason: string, ruleId: string): SourceFile => {
    const file = toSourceFile(new Uint8Array(), filePath, baseDir);
    file.message(reason, undefined, `dateline:${ruleId}`).fatal = true;
    return file;
  };
  try {
    const info = await stat(filePath);
    // Only regular files: reading a named pipe waits forever, and a link to a device such as /dev/zero never ends.
    if (info.isDirectory()) return refuse('This folder could not be listed. Make it readable, or move it out of the content folder.', 'file-unreadable');
    if (!info.isFile()) return refuse('This is not a regular file (it is a named pipe, socket or device). Remove it from the content folder.', 'file-unreadable');
    if (info.size > MAX_ARTICLE_BYTES) return refuse(tooLarge(info.size), 'file-too-large');
    const bytes = await readFile(filePath);
    return bytes.length > MAX_ARTICLE_BYTES ? refuse(tooLarge(bytes.length), 'file-too-large') : toSourceFile(bytes, filePath, baseDir);
  } catch (error) {
    return refuse(await unreadableReason(filePath, error as NodeJS.ErrnoException), 'file-unreadable');
  }
}

function tooLarge(bytes: number): string {
  const megabytes = (size: number): string => `${(size / 1e6).toFixed(1)} MB`;
  return `The file is ${megabytes(bytes)}; articles may be at most ${megabytes(MAX_ARTICLE_BYTES)}. Split it into several articles, or remove it from the content folder.`;
}

async function unreadableReason(filePath: string, error: NodeJS.ErrnoException): Promise<string> {
  if (error.code === 'ENOENT') {
    const target = await readlink(filePath).catch(() => undefined);
    return target === undefined ? 'The file disappeared while it was being read. Build again.' : `This is a symbolic link to ${target}, which does not exist. Fix the link or remove it.`;
  }
  if (error.code === 'ELOOP') return 'This symbolic link leads back to itself. Fix the link or remove it.';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'Dateline is not allowed to read this file (permission denied). Make it readable, or remove it from the content folder.';
  return `The file could not be read (${error.code ?? error.message}). Check that it is a readable file.`;
}
