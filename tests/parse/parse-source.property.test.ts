import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { toSourceFile } from '../../src/read/read-sources.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { hostileArticle } from '../helpers/hostile-text.js';
import { allNodes, insideText } from '../helpers/inside-text.js';

describe('parseSource on any text', () => {
  it('never throws, and every node and message it places is inside the file', () => {
    fc.assert(
      fc.property(hostileArticle, fc.constantFrom('a.txt', 'a.md'), (input, name) => {
        const article = parseSource(toSourceFile(new TextEncoder().encode(input), `/c/${name}`, '/c'));
        const text = String(article.file.value);
        for (const node of allNodes<Nodes & { children?: unknown[] }>(article.tree)) {
          if (!node.position) continue;
          const { start, end } = node.position;
          expect(insideText(text, start.line, start.column)).toBe(true);
          expect(insideText(text, end.line, end.column)).toBe(true);
          expect(end.offset ?? 0).toBeLessThanOrEqual(text.length);
        }
        for (const message of article.file.messages) expect(insideText(text, message.line ?? 1, message.column ?? 1)).toBe(true);
        if (article.dateLine) expect(insideText(text, article.dateLine.line, article.dateLine.column)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
