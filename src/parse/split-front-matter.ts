/**
 * The one module that knows gray-matter. It splits YAML front matter from the body and blanks the front matter
 * out with newlines, so that positions in the body stay positions in the file.
 */
import matter from 'gray-matter';
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
    parsed = matter(text, {});
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

/** Makes YAML values plain JSON: dates become `YYYY-MM-DD` (or full ISO strings when they carry a time). */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJsonValue(inner)]));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value ?? null;
}
