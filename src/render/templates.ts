/**
 * The templates: Eta with auto-escaping on, loaded from the templates folder. Every template is compiled once up
 * front, so a syntax error is reported once, naming its file and line, instead of once per page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Eta } from 'eta';
import { UserError } from '../report/user-error.js';
import { locateTemplateSyntaxError } from './locate-template-syntax-error.js';

/** The page templates a theme must have. */
export const REQUIRED_TEMPLATES = ['layout', 'home', 'archive', 'article', 'year', 'month', 'day', '404', 'people', 'people-letter', 'most-quoted', 'person', 'quotes', 'quote', 'search'];

/** A template problem: the template file, its line when known, what went wrong, and the rule it breaks. */
export interface TemplateProblem {
  file: string;
  line?: number;
  column?: number;
  reason: string;
  ruleId: 'template-missing' | 'template-syntax' | 'template-error';
}

/** Loaded templates, ready to render a named template with data. */
export interface Templates {
  render(name: string, data: object): string;
}

/**
 * Loads and compiles every `.eta` file of a templates folder. Missing or broken templates come back as problems
 * (the templates are then unusable); a folder that cannot be read is a UserError.
 */
export async function loadTemplates(dir: string): Promise<{ templates: Templates; problems: TemplateProblem[] }> {
  let files: string[];
  try {
    files = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.eta')).map((name) => name.split(path.sep).join('/'));
  } catch {
    throw new UserError(`The templates folder ${dir} could not be read. Create it, or remove "templatesDir" to use the default theme.`);
  }
  const required = REQUIRED_TEMPLATES.map((name) => `${name}.eta`).join(', ');
  const problems: TemplateProblem[] = REQUIRED_TEMPLATES.filter((name) => !files.includes(`${name}.eta`)).map((name) => ({
    file: path.join(dir, `${name}.eta`),
    reason: `The template ${name}.eta is missing. Every theme needs ${required}; copy it from Dateline's default templates.`,
    ruleId: 'template-missing',
  }));
  const eta = new Eta({ views: dir, autoEscape: true, cache: true, debug: true, autoTrim: [false, 'nl'] });
  // Eta works a template's file path out again on every render and include (JSON and path calls, ~5% of rendering);
  // the answer only depends on the name and the including file, so it is kept, by including file then name: a key
  // joined from both was a string made and hashed on every include (3 % of rendering at 10,000 articles).
  const resolvePath = eta.resolvePath;
  const resolved = new Map<string, Map<string, string>>();
  eta.resolvePath = function (name, options) {
    const from = options?.filepath ?? '';
    let names = resolved.get(from);
    if (!names) resolved.set(from, (names = new Map()));
    let file = names.get(name);
    if (file === undefined) names.set(name, (file = resolvePath.call(this, name, options)));
    return file;
  };
  for (const name of files.sort()) {
    const file = path.join(dir, name);
    const error = locateTemplateSyntaxError(eta, await readFile(file, 'utf8'));
    if (error) problems.push({ file, line: error.line, column: error.column, reason: `${error.reason}. Fix the template.`, ruleId: 'template-syntax' });
  }
  return { templates: { render: (name, data) => eta.render(`./${name}`, data) }, problems };
}

/** Splits an Eta runtime error into the template file and line it names, and the reason. */
export function toTemplateProblem(error: unknown, fallbackFile: string): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const located = /^(\S+\.eta):(\d+)\n/.exec(message);
  const reason = message.split('\n').filter((line) => line.trim() && !/^\s*(>>)?\s*\d+\|/.test(line)).pop() ?? message;
  return located ? { file: located[1], line: Number(located[2]), reason: reason.trim(), ruleId: 'template-error' } : { file: fallbackFile, reason: firstLine(message), ruleId: 'template-error' };
}

function firstLine(message: string): string {
  return message.split('\n').find((line) => line.trim())?.trim() ?? message;
}
