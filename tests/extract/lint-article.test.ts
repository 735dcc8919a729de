import { describe, expect, it } from 'vitest';
import { lintArticle, MAX_TITLE_LENGTH } from '../../src/extract/lint-article.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import type { ArticleRecord } from '../../src/types.js';
import { parsed } from '../helpers/parsed.js';

const record = (text: string, name = 'a.md'): ArticleRecord => {
  const result = extractArticle(parsed(text, name));
  if (!result.record) throw new Error(`No record: ${JSON.stringify(result.problems)}`);
  return result.record;
};

describe('lintArticle', () => {
  it('finds nothing wrong with an ordinary article', () => {
    expect(lintArticle(record('---\ntitle: Council votes\ndate: 2020-01-01\nurl: https://example.org/a\n---\n\n"We agree," Mayor Jane Porter said.'))).toEqual([]);
  });

  it('warns about front-matter links that are not web addresses, at their key', () => {
    const findings = lintArticle(record('---\ndate: 2020-01-01\nurl: javascript:alert(1)\nphotoLink: images/a.jpg\nsource_url: https://example.org\nauthorName: x\n---\n\nText.'));
    expect(findings.map((finding) => [finding.ruleId, finding.anchor])).toEqual([
      ['front-matter-url', { kind: 'key', key: 'url' }],
      ['front-matter-url', { kind: 'key', key: 'photoLink' }],
    ]);
    expect(findings[0].reason).toBe('"url" (javascript:alert(1)) is not an http or https address, so it is not linked. Give the full web address, starting with https://.');
  });

  it(`warns about a given title longer than ${MAX_TITLE_LENGTH} characters, but not a derived one`, () => {
    const long = 'word '.repeat(100).trim();
    expect(lintArticle(record(`---\ntitle: ${long}\ndate: 2020-01-01\n---\n\nText.`))).toEqual([
      { anchor: { kind: 'title' }, reason: expect.stringMatching(/^The title is 499 characters long, more than a headline can carry \(200\)\./), ruleId: 'title-too-long' },
    ]);
    expect(lintArticle(record(`date 2020-01-01\n${long}.`, 'a.txt'))).toEqual([]);
  });

  it('warns about a title with no text under it', () => {
    expect(lintArticle(record('---\ntitle: Only a headline\ndate: 2020-01-01\n---\n'))).toEqual([
      { anchor: { kind: 'body' }, reason: 'The article has a title but no text, so its page is empty. Write its body, or remove the file.', ruleId: 'article-empty' },
    ]);
  });

  it('warns about a quote no speaker was found for, at its opening mark', () => {
    const base = record('date 2020-01-01\nThe sign read "closed for good."', 'a.txt');
    const findings = lintArticle({ ...base, quotes: [{ id: 'q1', text: 'closed for good.', speaker: { name: '', kind: 'unknown' }, cue: '', paragraph: 0, start: 14, end: 30, utterance: 'q1' }] });
    expect(findings).toEqual([{ anchor: { kind: 'paragraph', paragraph: 0, offset: 13 }, reason: 'No speaker was found for the quote “closed for good.”. Say who said it (“…,” she said), or check its quotation marks.', ruleId: 'quote-speaker-missing' }]);
  });
});

describe('extractArticle with lint findings', () => {
  it('places each finding in the file', () => {
    const { problems } = extractArticle(parsed('---\ntitle: Linked\ndate: 2020-01-01\nurl: ftp://example.org\n---\n\nText.'));
    expect(problems).toEqual([{ reason: expect.stringContaining('"url" (ftp://example.org)'), place: { line: 4, column: 6 }, ruleId: 'front-matter-url' }]);
  });
});
