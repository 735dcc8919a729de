import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newArticleText } from '../../src/commands/new-article.js';
import { parsed } from '../helpers/parsed.js';

describe('newArticleText', () => {
  it('keeps any headline exactly, through the front matter and back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((title) => title.trim() === title && title.length > 0), (title) => {
        const article = parsed(newArticleText(title, '2026-01-05'));
        expect(article.file.messages).toEqual([]);
        expect(article.frontMatter).toEqual({ title, date: '2026-01-05', author: '', tags: [] });
      }),
      { numRuns: 300 },
    );
  });
});
