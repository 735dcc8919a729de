/** `dateline new "Headline"`: starts a Markdown article dated today in the content folder, never overwriting one. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { makeSlug } from '../extract/make-slug.js';
import { localToday } from '../index/check-dates.js';
import { UserError } from '../report/user-error.js';
import type { CommandInput } from './command-input.js';

/** Writes `<content>/<today>-<slug>.md`; exit code 1, and nothing written, when that file already exists. */
export async function runNewArticle({ args, overrides, out, err }: CommandInput): Promise<number> {
  // Unquoted words are one headline too: `dateline new Storm hits coast`.
  const headline = args.join(' ').replace(/\s+/g, ' ').trim();
  if (!headline) throw new UserError('Give the headline, in quotes: dateline new "Storm hits the coast".');
  const config = await loadConfig(process.cwd(), overrides);
  const date = localToday();
  const file = path.join(config.contentDir, `${date}-${makeSlug(headline)}.md`);
  const shown = path.relative(process.cwd(), file) || file;
  await mkdir(config.contentDir, { recursive: true });
  try {
    await writeFile(file, newArticleText(headline, date), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    err.write(`dateline: ${shown} already exists, so nothing was written. Edit that file, or choose another headline.\n`);
    return 1;
  }
  out.write(`Created ${shown}\n`);
  return 0;
}

/** The text of a new article: front matter with the headline and date, and an empty body to write. */
export function newArticleText(headline: string, date: string): string {
  // A JSON string is a valid YAML double-quoted string, so any headline survives: quotes, colons, "#", "---".
  return `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\nauthor: ""\ntags: []\n---\n\n`;
}
