/**
 * Remembers each article's extraction by path and text, so that a rebuild in the same process (the dev server)
 * parses and extracts only the files whose text changed. Keyed by a hash of the text, never by modification time.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, SourceFile } from '../types.js';
import type { Problem } from '../report/problem.js';

/** What parsing and extracting one file gave: its record unless an error stopped it, and its problems. */
export interface ExtractionOutcome {
  record?: ArticleRecord;
  problems: Problem[];
}

/** Extraction outcomes remembered between builds. */
export interface ExtractionMemo {
  /** The outcome remembered for this exact text, as a fresh copy: the index stage may change records. */
  recall(file: SourceFile): ExtractionOutcome | undefined;
  remember(file: SourceFile, outcome: ExtractionOutcome): void;
  /** Forgets every file not in `paths`, such as deleted or renamed ones. */
  keepOnly(paths: Set<string>): void;
}

/** An empty in-memory memo. */
export function createExtractionMemo(): ExtractionMemo {
  const entries = new Map<string, { hash: string; outcome: ExtractionOutcome }>();
  const hashOf = (file: SourceFile): string => createHash('sha1').update(file.data.kind).update('\0').update(String(file.value)).digest('hex');
  return {
    recall(file) {
      const entry = entries.get(file.path);
      return entry && entry.hash === hashOf(file) ? structuredClone(entry.outcome) : undefined;
    },
    remember(file, outcome) {
      entries.set(file.path, { hash: hashOf(file), outcome: structuredClone(outcome) });
    },
    keepOnly(paths) {
      for (const key of entries.keys()) if (!paths.has(key)) entries.delete(key);
    },
  };
}
