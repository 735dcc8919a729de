/**
 * The templates: Eta with auto-escaping on, loaded from the templates folder. Every template is compiled once up
 * front, so a syntax error is reported once, naming its file, instead of once per page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Eta } from 'eta';
import { UserError } from '../report/user-error.js';

/** The page templates a theme must have. */
export const REQUIRED_TEMPLATES = ['layout', 'home', 'archive', 'article', 'year', 'month', 'day', '404', 'people', 'most-quoted', 'person', 'quotes', 'quote', 'search'];

/** A template problem: the template file, its line when known, and what went wrong. */
export interface TemplateProblem {
  file: string;
  line?: number;
  reason: string;
}

/** Loaded templates, ready to render a named template with data. */
export interface Templates {
  render(name: string, data: object): string;
}

/** Loads and compiles every `.eta` file of a templates folder; throws a UserError listing what is missing or broken. */
export async function loadTemplates(dir: string): Promise<Templates> {
  let files: string[];
  try {
    files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.eta'));
  } catch {
    throw new UserError(`The templates folder ${dir} could not be read. Create it, or remove "templatesDir" to use the default theme.`);
  }
  const missing = REQUIRED_TEMPLATES.filter((name) => !files.includes(`${name}.eta`));
  if (missing.length) {
    throw new UserError(`The templates folder ${dir} has no ${missing.map((name) => `${name}.eta`).join(', ')}. Every theme needs ${REQUIRED_TEMPLATES.map((name) => `${name}.eta`).join(', ')}; copy them from Dateline's default templates.`);
  }
  const eta = new Eta({ views: dir, autoEscape: true, cache: true, debug: true, autoTrim: [false, 'nl'] });
  const broken: string[] = [];
  for (const name of files) {
    const text = await readFile(path.join(dir, name), 'utf8');
    try {
      eta.compile(text);
    } catch (error) {
      broken.push(`${path.join(dir, name)}: ${firstLine((error as Error).message)}`);
    }
  }
  if (broken.length) throw new UserError(`Template syntax errors:\n  ${broken.join('\n  ')}\nFix the template and build again.`);
  return {
    render: (name, data) => eta.render(`./${name}`, data),
  };
}

/** Splits an Eta runtime error into the template file and line it names, and the reason. */
export function toTemplateProblem(error: unknown, fallbackFile: string): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const located = /^(\S+\.eta):(\d+)\n/.exec(message);
  const reason = message.split('\n').filter((line) => line.trim() && !/^\s*(>>)?\s*\d+\|/.test(line)).pop() ?? message;
  return located ? { file: located[1], line: Number(located[2]), reason: reason.trim() } : { file: fallbackFile, reason: firstLine(message) };
}

function firstLine(message: string): string {
  return message.split('\n').find((line) => line.trim())?.trim() ?? message;
}
