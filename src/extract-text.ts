/**
 * Dateline's extraction as a library call: the text of one article in, its record (date, title, body, quotes with
 * their speakers, people) out, exactly as `dateline extract --jsonl` prints it, with every problem found.
 */
import type { ArticleRecord } from './types.js';
import type { PlacedProblem } from './cache/record-cache.js';
import { extractSource } from './pool/extract-source.js';
import { toSourceFile } from './read/read-sources.js';

/** What one article gave: its record unless an error stopped it, and its problems with line and column. */
export interface TextExtraction {
  record?: ArticleRecord;
  problems: PlacedProblem[];
}

/**
 * Extracts one article from its text. `fileName` decides the format (`.md` or `.markdown`: Markdown with front
 * matter; anything else: plain text starting with a `date YYYY-MM-DD` line) and becomes the record's `source`.
 */
export function extractText(text: string, fileName = 'article.txt'): TextExtraction {
  return extractSource(toSourceFile(new TextEncoder().encode(text), fileName, '.'));
}
