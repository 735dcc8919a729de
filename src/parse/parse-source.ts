/**
 * Parse stage: `SourceFile` → `ParsedArticle`. Pure, one file at a time.
 * Front matter is split off (and blanked out), a leading `date YYYY-MM-DD` line is taken out (and blanked out),
 * and the rest becomes an mdast tree: Markdown through remark, plain text as literal paragraphs. Every position
 * in the tree is a position in the original file.
 */
import type { DateLine, ParsedArticle, SourceFile } from '../types.js';
import { splitFrontMatter } from './split-front-matter.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePlainText, lineStartsOf, pointAt } from './parse-plain-text.js';

// A no-break space after "date" (common in text pasted from a word processor) counts as a space.
const DATE_LINE = /^(\s*)date[ \t\u00a0]*:?[ \t\u00a0]+(\S+)/i;

/** Parses one source file into front matter, an optional date line and an mdast tree. */
export function parseSource(file: SourceFile): ParsedArticle {
  const { frontMatter, body, bodyLine } = splitFrontMatter(file);
  const { dateLine, rest } = takeDateLine(body, file.data.kind === 'text');
  const tree = file.data.kind === 'markdown' ? parseMarkdown(rest) : parsePlainText(rest);
  return { file, frontMatter, bodyLine, dateLine, tree };
}

/**
 * Finds a leading `date …` line and takes it out. Plain text gets spaces in its place so every offset stays;
 * Markdown loses the characters instead, since leading spaces would turn the rest of the line into code.
 */
export function takeDateLine(text: string, keepColumns: boolean): { dateLine?: DateLine; rest: string } {
  const match = DATE_LINE.exec(text);
  if (!match) return { rest: text };
  const valueOffset = match[0].length - match[2].length;
  const { line, column } = pointAt(lineStartsOf(text), valueOffset);
  const blank = match[0].replace(/[^\n]/g, keepColumns ? ' ' : '');
  const after = text.slice(match[0].length);
  const rest = blank + (keepColumns ? after : after.replace(/^[ \t]+/, ''));
  return { dateLine: { value: match[2], line, column }, rest };
}
