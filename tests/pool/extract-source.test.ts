import { describe, expect, it, vi } from 'vitest';
import { extractSource } from '../../src/pool/extract-source.js';
import { toSourceFile } from '../../src/read/read-sources.js';

// Stands in for a bug in extraction that only some article text triggers.
vi.mock('../../src/extract/extract-article.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extract/extract-article.js')>();
  return {
    ...original,
    extractArticle: (parsed: Parameters<typeof original.extractArticle>[0]) => {
      if (JSON.stringify(parsed).includes('TRIGGER')) throw new Error('offsets out of range');
      return original.extractArticle(parsed);
    },
  };
});

function source(name: string, text: string) {
  return toSourceFile(Buffer.from(text), `/site/content/${name}`, '/site/content');
}

describe('extractSource', () => {
  it('turns a crash in extraction into an error on that article instead of throwing', () => {
    const result = extractSource(source('bad.txt', 'date 2020-01-01\nA TRIGGER in the text.'));
    expect(result.record).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ line: 1, column: 1, severity: 'error', ruleId: 'extract-crashed', reason: expect.stringContaining('offsets out of range') })]);
  });

  it('extracts other articles as usual', () => {
    expect(extractSource(source('good.txt', 'date 2020-01-01\nA quiet day.')).record?.date).toBe('2020-01-01');
  });
});
