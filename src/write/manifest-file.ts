/**
 * The output manifest on disk, laid out so that a build reads only what it uses. At 10,000 articles the manifest is
 * 19 MB, nearly all of it the files table; a build that finds nothing changed needs only the head, and parsing the
 * whole file as one JSON object cost most of such a build (0.8 to 1.8 s). The file is, in this order:
 *
 * 1. the head: one line of JSON with the format, the build id, its inputs, its report and the plan line's length;
 * 2. the page plan: one line of JSON (`null` when the build kept none);
 * 3. the files table: one line per file (`file-table.ts`);
 * 4. the end line: `end <files> <bytes of the table>`.
 *
 * Opening reads the head and the end line and checks that the parts add up to the file's size, so a file of another
 * format, cut short or grown is not trusted. The plan and the table are read and parsed when first used, through
 * the file opened then: a build that replaces the manifest meanwhile (it removes it, then renames a new one in) does
 * not change what this one reads.
 */
import { closeSync, fstatSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { FileEntry, OutputManifest, PagePlan } from './output-manifest.js';
import { parseFileLines, toFileLine } from './file-table.js';
import { pieceWriter } from './piece-writer.js';
import { writeAtomically } from '../cache/record-cache.js';
import { digest } from '../render/fingerprint.js';
import { UserError } from '../report/user-error.js';

/** A manifest read from disk, and the file it is read from, which `close` closes (its unread parts can then not be read). */
export interface StoredManifest {
  manifest: OutputManifest;
  close(): void;
}

const FORMAT = 'dateline-manifest-2';
/** How every head starts (`JSON.stringify` keeps the order of keys): a file of another format is refused on its first bytes. */
const HEAD_START = `{"format":"${FORMAT}",`;
const END_LINE = /^end (\d+) (\d+)\n$/;
/** The end line is shorter than this. */
const END_MAX = 64;
/** The head is read in pieces of this many bytes (a report of 10,000 articles is about 35 kB), the table in `CHUNK`s. */
const HEAD_CHUNK = 1 << 16;
const CHUNK = 1 << 20;

interface Head {
  format: string;
  buildId: string;
  inputs: string;
  report: OutputManifest['report'];
  planBytes: number;
}

/** Where the manifest of the site built into `outputDir` is kept in `cacheDir`. */
export function manifestFileFor(cacheDir: string, outputDir: string): string {
  return path.join(cacheDir, `manifest-v2-${digest(path.resolve(outputDir))}`);
}

/**
 * Removes the manifest of `outputDir` that Dateline kept as one JSON object before this format: no build reads it any
 * more (its name differs, so it is never misread), and left in the cache folder it would take 19 MB per 10,000
 * articles for good.
 */
export function removeRetiredManifest(cacheDir: string, outputDir: string): void {
  rmSync(path.join(cacheDir, `manifest-${digest(path.resolve(outputDir))}.json`), { force: true });
}

/**
 * The manifest in `file`, its head read and its plan and files table read on first use (then kept); undefined when
 * there is none, or it is not whole and of this format. Reading a damaged files table throws a `UserError`.
 */
export function readManifest(file: string): StoredManifest | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const layout = readLayout(fd);
    if (layout) return lazyManifest(file, fd, layout);
  } catch {
    // Not a manifest of this format: the build writes the whole site and a new one.
  }
  closeSync(fd);
  return undefined;
}

/** Writes the manifest to `file` (replacing it whole), the files table a piece at a time. */
export function writeManifest(file: string, manifest: OutputManifest): void {
  const plan = `${JSON.stringify(manifest.plan ?? null)}\n`;
  const head: Head = { format: FORMAT, buildId: manifest.buildId, inputs: manifest.inputs, report: manifest.report, planBytes: Buffer.byteLength(plan) };
  const headLine = `${JSON.stringify(head)}\n`;
  writeAtomically(file, (fd) => {
    const pieces = pieceWriter(fd);
    pieces.add(headLine);
    pieces.add(plan);
    for (const [filePath, entry] of manifest.files) pieces.add(toFileLine(filePath, entry));
    pieces.end();
    const tableBytes = fstatSync(fd).size - Buffer.byteLength(headLine) - head.planBytes;
    writeSync(fd, `end ${manifest.files.size} ${tableBytes}\n`);
  });
}

interface Layout {
  head: Head;
  planStart: number;
  tableStart: number;
  tableBytes: number;
  fileCount: number;
}

function readLayout(fd: number): Layout | undefined {
  const size = fstatSync(fd).size;
  const headLine = readHeadLine(fd, size);
  if (!headLine) return undefined;
  const head = JSON.parse(headLine.toString('utf8')) as Head;
  if (typeof head.buildId !== 'string' || typeof head.inputs !== 'string' || !Array.isArray(head.report?.problems) || !Number.isSafeInteger(head.planBytes)) return undefined;
  const tailBytes = Math.min(size, END_MAX);
  const tail = readAt(fd, size - tailBytes, tailBytes).toString('utf8');
  const end = END_LINE.exec(tail.slice(tail.lastIndexOf('\n', tail.length - 2) + 1));
  if (!end) return undefined;
  const [fileCount, tableBytes] = [Number(end[1]), Number(end[2])];
  const planStart = headLine.length;
  const tableStart = planStart + head.planBytes;
  return tableStart + tableBytes + end[0].length === size ? { head, planStart, tableStart, tableBytes, fileCount } : undefined;
}

/** The head line with its line break, read a chunk at a time; undefined when the file does not start as one. */
function readHeadLine(fd: number, size: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  for (let at = 0; at < size; at += HEAD_CHUNK) {
    const chunk = readAt(fd, at, Math.min(HEAD_CHUNK, size - at));
    if (at === 0 && chunk.toString('utf8', 0, HEAD_START.length) !== HEAD_START) return undefined;
    const end = chunk.indexOf(10);
    if (end !== -1) return Buffer.concat([...chunks, chunk.subarray(0, end + 1)]);
    chunks.push(chunk);
  }
  return undefined;
}

function lazyManifest(file: string, fd: number, { head, planStart, tableStart, tableBytes, fileCount }: Layout): StoredManifest {
  let open = true;
  const opened = (): number => {
    if (!open) throw new Error(`The manifest ${file} was read after its build's write ended.`);
    return fd;
  };
  let plan: { value?: PagePlan } | undefined;
  let files: Map<string, FileEntry> | undefined;
  const manifest: OutputManifest = {
    buildId: head.buildId,
    inputs: head.inputs,
    report: head.report,
    get plan() {
      plan ??= { value: readPlan(opened(), planStart, head.planBytes) };
      return plan.value;
    },
    get files() {
      return (files ??= readTable(file, opened(), tableStart, tableBytes, fileCount));
    },
  };
  return {
    manifest,
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** The plan, or none when its line is not JSON: the build then fingerprints every page, as it does without a plan. */
function readPlan(fd: number, start: number, length: number): PagePlan | undefined {
  try {
    return (JSON.parse(readAt(fd, start, length).toString('utf8')) as PagePlan | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses the table a chunk at a time (cut after its last line break: a byte 10 is never inside a UTF-8 character), so
 * no string holds all of it. The head and the end line were whole, so a damaged table means the file was changed in
 * place after it was written: that is an error, since the build has already planned from the head.
 */
function readTable(file: string, fd: number, start: number, length: number, fileCount: number): Map<string, FileEntry> {
  const files = new Map<string, FileEntry>();
  try {
    let carry: Buffer = Buffer.alloc(0);
    for (let at = 0; at < length; at += CHUNK) {
      const chunk = readAt(fd, start + at, Math.min(CHUNK, length - at));
      const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const cut = data.lastIndexOf(10) + 1;
      parseFileLines(data.toString('utf8', 0, cut), files);
      carry = data.subarray(cut);
    }
    if (carry.length || files.size !== fileCount) throw new SyntaxError(`${files.size} files and ${carry.length} bytes after the last line, where the end line says ${fileCount} files`);
  } catch (error) {
    throw new UserError(`The manifest of the last build, ${file}, is damaged (${(error as Error).message}). Build with --clean to write the whole site and a new manifest.`);
  }
  return files;
}

function readAt(fd: number, from: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, from + done);
    if (read === 0) throw new Error(`The file ended ${length - done} bytes early.`);
    done += read;
  }
  return bytes;
}
