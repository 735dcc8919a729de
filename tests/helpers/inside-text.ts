/** Checks that positions stay inside a file, for property tests. */

/** True when a 1-based line and column fall inside `text` (a column may point just past a line's end). */
export function insideText(text: string, line: number, column: number): boolean {
  const lines = text.split('\n');
  return line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1;
}

/** Every node of a tree with `children`, depth first. */
export function* allNodes<T extends { children?: unknown[] }>(node: T): Generator<T> {
  yield node;
  for (const child of (node.children ?? []) as T[]) yield* allNodes(child);
}
