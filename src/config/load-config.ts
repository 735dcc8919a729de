/**
 * Config: `dateline.config.json` (optional) merged with command-line flags, validated once and frozen.
 * One option has one spelling everywhere: config key `outputDir`, flag `--output`/`--output-dir`.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../report/user-error.js';

/** The validated, frozen configuration every stage reads. Paths are absolute. */
export interface Config {
  title: string;
  description: string;
  language: string;
  /** IANA time zone the archive's dates are in (`Europe/London`); dates become instants at midnight there. */
  timeZone: string;
  /** As given: a full URL (`https://example.org/archive/`) or a path (`/archive/`). */
  baseUrl: string;
  /** The path part of `baseUrl`, always starting and ending with `/`. */
  basePath: string;
  /** `https://example.org` when `baseUrl` is a full URL, else "". */
  origin: string;
  contentDir: string;
  outputDir: string;
  templatesDir: string;
  /** Whether to build the search index; `false` (flag `--no-search`) makes quick local builds quicker. */
  search: boolean;
}

/** Settings given on the command line or by a caller of the API; they override the config file. */
export interface ConfigOverrides {
  configFile?: string;
  title?: string;
  baseUrl?: string;
  contentDir?: string;
  outputDir?: string;
  templatesDir?: string;
  search?: boolean;
}

const CONFIG_FILE = 'dateline.config.json';
const KEYS = ['title', 'description', 'language', 'timeZone', 'baseUrl', 'contentDir', 'outputDir', 'templatesDir'] as const;
type Key = (typeof KEYS)[number];
const SWITCHES = ['search'] as const;
type Switch = (typeof SWITCHES)[number];
type FileSettings = Partial<Record<Key, string> & Record<Switch, boolean>> & { __dir?: string };

/** The templates shipped with Dateline, used when the project has no `templates/` folder of its own. */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The config file a run reads: the one given with --config, else `dateline.config.json` in `cwd` if it exists. */
export function configFilePath(cwd: string, overrides: ConfigOverrides = {}): string {
  return overrides.configFile ? path.resolve(cwd, overrides.configFile) : path.join(cwd, CONFIG_FILE);
}

/** Loads the config file (if any) from `cwd`, applies overrides, validates, and returns a frozen config. */
export async function loadConfig(cwd: string, overrides: ConfigOverrides = {}): Promise<Readonly<Config>> {
  const file = configFilePath(cwd, overrides);
  const fromFile = overrides.configFile || existsSync(file) ? await readConfigFile(file) : {};
  const pick = (key: Key): string | undefined => overrides[key as Exclude<keyof ConfigOverrides, Switch>] ?? fromFile[key];
  const base = fromFile.__dir ?? cwd;
  const resolveDir = (key: Key, fallback: string): string => {
    const given = overrides[key as Exclude<keyof ConfigOverrides, Switch>];
    if (given !== undefined) return path.resolve(cwd, given);
    return path.resolve(base, fromFile[key] ?? fallback);
  };
  const baseUrl = pick('baseUrl') ?? '/';
  const { basePath, origin } = parseBaseUrl(baseUrl);
  const localTemplates = resolveDir('templatesDir', 'templates');
  const config: Config = {
    title: pick('title') ?? 'News Archive',
    description: pick('description') ?? 'An archive of news articles: who said what, when.',
    language: pick('language') ?? 'en',
    timeZone: checkTimeZone(pick('timeZone') ?? 'UTC'),
    baseUrl,
    basePath,
    origin,
    contentDir: resolveDir('contentDir', 'content'),
    outputDir: resolveDir('outputDir', 'public'),
    templatesDir: existsSync(localTemplates) || pick('templatesDir') ? localTemplates : DEFAULT_TEMPLATES_DIR,
    search: overrides.search ?? fromFile.search ?? true,
  };
  return Object.freeze(config);
}

async function readConfigFile(file: string): Promise<FileSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError(`${file}: the config file could not be read. Check the path given to --config.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: the config file is not valid JSON (${(error as Error).message}).`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UserError(`${file}: the config file must hold a JSON object.`);
  const result: FileSettings = { __dir: path.dirname(file) };
  for (const [key, value] of Object.entries(data)) {
    if ((SWITCHES as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean') throw new UserError(`${file}: "${key}" must be true or false.`);
      result[key as Switch] = value;
      continue;
    }
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new UserError(`${file}: unknown config key "${key}". Known keys: ${[...KEYS, ...SWITCHES].join(', ')}.`);
    }
    if (typeof value !== 'string' || !value.trim()) throw new UserError(`${file}: "${key}" must be a non-empty string.`);
    result[key as Key] = value;
  }
  return result;
}

function checkTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new UserError(`The time zone "${timeZone}" is not known. Give an IANA time zone such as "UTC" or "America/New_York".`);
  }
  return timeZone;
}

/** Splits a base URL into the path every internal link starts with and, for a full URL, its origin. */
export function parseBaseUrl(baseUrl: string): { basePath: string; origin: string } {
  if (/^https?:\/\//i.test(baseUrl)) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new UserError(`The base URL "${baseUrl}" is not a valid URL. Give a full URL such as https://example.org/archive/ or a path such as /archive/.`);
    }
    return { basePath: withSlashes(url.pathname), origin: url.origin };
  }
  if (!baseUrl.startsWith('/') || /[?#\s]/.test(baseUrl)) {
    throw new UserError(`The base URL "${baseUrl}" must be a full URL (https://example.org/archive/) or a path starting with "/".`);
  }
  return { basePath: withSlashes(baseUrl), origin: '' };
}

function withSlashes(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
