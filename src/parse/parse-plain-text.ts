/**
 * Plain text to the same mdast shape Markdown gives: one paragraph per blank-line-separated block, holding one
 * text node. Nothing in plain text is markup, so `*`, `#` or `<script>` stay literal text.
 */
import type { Paragraph, Root } from 'mdast';

/** Builds an mdast root of paragraphs from a file's plain text. */
export function parsePlainText(text: string): Root {
  const children: Paragraph[] = [];
  const blockPattern = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  const lineStarts = lineStartsOf(text);
  for (const match of text.matchAll(blockPattern)) {
    let start = match.index;
    let value = match[0];
    const lead = value.length - value.trimStart().length;
    start += lead;
    value = value.trim();
    const end = start + value.length;
    const position = { start: pointAt(lineStarts, start), end: pointAt(lineStarts, end) };
    children.push({ type: 'paragraph', children: [{ type: 'text', value, position }], position });
  }
  return { type: 'root', children };
}

/** Offsets where each line of a text starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The 1-based line and column of an offset, given the offsets where lines start. */
export function pointAt(lineStarts: number[], offset: number): { line: number; column: number; offset: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
}
