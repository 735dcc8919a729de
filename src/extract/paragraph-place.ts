/** Maps an offset in an extracted body paragraph back to a line and column in the source file. */
import type { RootContent } from 'mdast';

/**
 * The file position of an offset in the text of a body block. Exact for plain text (one text node on one line);
 * for Markdown, where inline markup makes the text differ from the source, it is the block's start.
 */
export function paragraphPlace(node: RootContent | undefined, offset: number, bodyLine: number): { line: number; column: number } {
  const start = node?.position?.start;
  if (!node || !start) return { line: bodyLine, column: 1 };
  const only = 'children' in node && node.children.length === 1 ? node.children[0] : undefined;
  if (only && only.type === 'text' && !only.value.includes('\n')) return { line: start.line, column: start.column + offset };
  return { line: start.line, column: start.column };
}
