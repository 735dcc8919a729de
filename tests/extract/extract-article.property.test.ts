import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toSourceFile } from '../../src/read/read-sources.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { hostileArticle } from '../helpers/hostile-text.js';
import { insideText } from '../helpers/inside-text.js';

describe('extractArticle on any text', () => {
  it('never throws, places every problem inside the file, and makes a record that survives JSON', () => {
    fc.assert(
      fc.property(hostileArticle, fc.constantFrom('a.txt', 'a.md', '2020-01-01-a.txt'), (input, name) => {
        const article = parseSource(toSourceFile(new TextEncoder().encode(input), `/c/${name}`, '/c'));
        if (article.file.messages.some((message) => message.fatal)) return;
        const text = String(article.file.value);
        const { record, problems } = extractArticle(article);
        for (const problem of problems) expect(insideText(text, problem.place.line, problem.place.column), JSON.stringify(problem)).toBe(true);
        if (record) expect(JSON.parse(JSON.stringify(record))).toEqual(record);
        for (const quote of record?.quotes ?? []) expect(quote.end).toBeLessThanOrEqual(record!.body[quote.paragraph].text.length);
      }),
      { numRuns: 400 },
    );
  });
});
