/**
 * Plain text to the same mdast shape Markdown gives: one paragraph per blank-line-separated block, holding one
 * text node. Nothing in plain text is markup, so `*`, `#` or `<script>` stay literal text.
 */
import type { Paragraph, Root } from 'mdast';

/** Builds an mdast root of paragraphs from a file's plain text. */
export function parsePlainText(text: string): Root {
  const children: Paragraph[] = [];
  const lineStarts = lineStartsOf(text);
  // Walk lines instead of matching blocks with one regular expression: a long run of spaces made that quadratic.
  let blockStart = -1;
  let blockEnd = -1;
  const close = (): void => {
    if (blockStart < 0) return;
    const raw = text.slice(blockStart, blockEnd);
    const start = blockStart + (raw.length - raw.trimStart().length);
    const value = raw.trim();
    const position = { start: pointAt(lineStarts, start), end: pointAt(lineStarts, start + value.length) };
    children.push({ type: 'paragraph', children: [{ type: 'text', value, position }], position });
    blockStart = -1;
  };
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
    if (!/\S/.test(text.slice(start, end))) close();
    else {
      if (blockStart < 0) blockStart = start;
      blockEnd = end;
    }
  }
  close();
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
