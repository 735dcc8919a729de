import { describe, expect, it } from 'vitest';
import { createExtractionMemo } from '../../src/extract/extraction-memo.js';
import { toSourceFile } from '../../src/read/read-sources.js';
import type { ArticleRecord } from '../../src/types.js';

const file = (text: string, name = '/c/a.txt') => toSourceFile(new TextEncoder().encode(text), name, '/c');
const outcome = { record: { id: '2020/01/01/a', slug: 'a' } as ArticleRecord, problems: [] };

describe('createExtractionMemo', () => {
  it('recalls an outcome only for the same path and the same text', () => {
    const memo = createExtractionMemo();
    memo.remember(file('date 2020-01-01\nA.'), outcome);
    expect(memo.recall(file('date 2020-01-01\nA.'))).toEqual(outcome);
    expect(memo.recall(file('date 2020-01-01\nB.'))).toBeUndefined();
    expect(memo.recall(file('date 2020-01-01\nA.', '/c/b.txt'))).toBeUndefined();
  });

  it('hands out copies, so the index changing a slug does not change what is remembered', () => {
    const memo = createExtractionMemo();
    const remembered = structuredClone(outcome);
    memo.remember(file('x'), remembered);
    remembered.record.slug = 'changed-after';
    memo.recall(file('x'))!.record!.slug = 'changed-by-index';
    expect(memo.recall(file('x'))!.record!.slug).toBe('a');
  });

  it('forgets files that are gone', () => {
    const memo = createExtractionMemo();
    memo.remember(file('x', '/c/a.txt'), outcome);
    memo.remember(file('x', '/c/b.txt'), outcome);
    memo.keepOnly(new Set(['/c/b.txt']));
    expect(memo.recall(file('x', '/c/a.txt'))).toBeUndefined();
    expect(memo.recall(file('x', '/c/b.txt'))).toEqual(outcome);
  });
});
