/**
 * The one module that knows gray-matter. It splits YAML front matter from the body and blanks the front matter
 * out with newlines, so that positions in the body stay positions in the file.
 */
import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { SourceFile, FrontMatter } from '../types.js';

/** Front matter and the body text with the front matter replaced by as many blank lines. */
export interface SplitSource {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

// The `yaml` package's default YAML 1.2 core schema keeps `2020-02-30` a string: js-yaml (gray-matter's
// default) would silently turn it into 1 March, and an impossible date must be reported, not moved.
const MATTER_OPTIONS = { engines: { yaml: (text: string) => parseYaml(text) as object } };

/** Splits front matter off a source file; broken YAML becomes a fatal message at its file position. */
export function splitFrontMatter(file: SourceFile): SplitSource {
  const text = String(file.value);
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, bodyLine: 1 };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options also stops gray-matter from caching every file's text in a module-level map.
    parsed = matter(withPlainSpaces(text), MATTER_OPTIONS);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    // The YAML starts on the file's line 2; an error found at its very end is shown on the closing fence.
    // Without a closing fence, gray-matter takes the whole file as front matter.
    const lines = text.split('\n');
    const closingFence = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line)) + 1 || lines.length;
    const at = error.linePos?.[0];
    const line = at ? Math.min(at.line + 1, closingFence) : 1;
    // The column belongs to the YAML line, and stays on it (an unclosed bracket is reported past the end of the
    // text); on the fence the error is placed at its start.
    const place = { line, column: at && line === at.line + 1 ? Math.min(at.col, lines[line - 1].length + 1) : 1 };
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
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

/** Makes YAML values plain JSON, so records survive JSON.stringify/parse: `.inf` and `.nan` become null. */
export function toJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJsonValue(inner)]));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value ?? null;
}
