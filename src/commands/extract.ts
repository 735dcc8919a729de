/** `dateline extract`: prints the records extracted from articles, as JSON Lines or a readable summary. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { extractSources } from '../check.js';
import { loadConfig } from '../config/load-config.js';
import { findSources, readFiles } from '../read/read-sources.js';
import { formatProblems } from '../report/format-problems.js';
import type { Problem } from '../report/problem.js';
import { UserError } from '../report/user-error.js';
import { toExtractJson, formatExtractSummary } from '../report/format-extract.js';
import type { CommandInput } from './command-input.js';

/** Extracts the given files and folders (default: the content folder); exit code 1 when an article was dropped. */
export async function runExtract({ args, values, overrides, out, err }: CommandInput): Promise<number> {
  const inputs = args.length ? args : [(await loadConfig(process.cwd(), overrides)).contentDir];
  const problems: Problem[] = [];
  let dropped = 0;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new UserError(`${input}: no such file or folder.`);
    const baseDir = info.isDirectory() ? input : path.dirname(input);
    const files = info.isDirectory() ? await findSources(input) : [input];
    const extraction = extractSources(await readFiles(files, baseDir));
    problems.push(...extraction.problems);
    dropped += extraction.dropped;
    for (const record of extraction.records) {
      const source = info.isDirectory() ? path.join(input, record.source) : input;
      out.write(values.jsonl ? `${JSON.stringify(toExtractJson(record, source))}\n` : formatExtractSummary(record, source));
    }
  }
  const report = formatProblems(problems);
  if (report) err.write(`${report}\n`);
  return dropped ? 1 : 0;
}
