/**
 * The one module that knows gray-matter. It splits YAML front matter from the body and blanks the front matter
 * out with newlines, so that positions in the body stay positions in the file.
 */
import matter from 'gray-matter';
import { load } from 'js-yaml';
import type { SourceFile, FrontMatter } from '../types.js';

/** Front matter and the body text with the front matter replaced by as many blank lines. */
export interface SplitSource {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

interface YamlError extends Error {
  mark?: { line: number; column: number };
  reason?: string;
}

/** Splits front matter off a source file; broken YAML becomes a fatal message at its file position. */
export function splitFrontMatter(file: SourceFile): SplitSource {
  const text = String(file.value);
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, bodyLine: 1 };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options (even empty) stops gray-matter from caching every file's text in a module-level map.
    // js-yaml 5 loads with the YAML 1.2 core schema, which keeps `2020-01-03T23:30:00-05:00` as written: the YAML
    // 1.1 timestamp gray-matter's own js-yaml makes would move the article to the UTC day (2020-01-04).
    parsed = matter(withPlainSpaces(text), { engines: { yaml: (yaml: string) => load(yaml) as object } });
  } catch (error) {
    const yamlError = error as YamlError;
    const place = yamlError.mark ? { line: yamlError.mark.line + 2, column: yamlError.mark.column + 1 } : { line: 1, column: 1 };
    const reason = yamlError.reason ?? yamlError.message.split('\n')[0];
    file.message(`The front matter is not valid YAML (${reason}). Fix the YAML between the two "---" lines.`, place, 'dateline:front-matter-yaml').fatal = true;
    return { frontMatter: {}, body: '', bodyLine: 1 };
  }
  const frontLines = text.length - parsed.content.length;
  const head = text.slice(0, frontLines);
  const blankLines = head.split('\n').length - 1;
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    file.message('The front matter must be a list of "key: value" lines.', { line: 2, column: 1 }, 'dateline:front-matter-yaml').fatal = true;
    return { frontMatter: {}, body: '', bodyLine: 1 };
  }
  return { frontMatter: toJsonValue(data) as FrontMatter, body: '\n'.repeat(blankLines) + parsed.content, bodyLine: blankLines + 1 };
}

/**
 * A no-break space typed after `key:` or in an indent (Option+Space on a Mac) is invisible but breaks YAML; inside
 * the front matter those become plain spaces. No-break spaces inside values are kept.
 */
function withPlainSpaces(text: string): string {
  const end = text.search(/\n---[ \t]*(?:\n|$)/);
  if (end < 0 || !text.includes('\u00a0')) return text;
  const head = text.slice(0, end).replace(/^[ \t\u00a0]*(?:[^:\n]*:)?\u00a0+/gm, (found) => found.replaceAll('\u00a0', ' '));
  return head + text.slice(end);
}

/** Makes YAML values plain JSON (non-finite numbers become null). */
export function toJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJsonValue(inner)]));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value ?? null;
}
