/** How `dateline extract` prints records: JSON Lines for machines, a short summary for people. */
import type { ArticleRecord } from '../types.js';

/** The record as printed by `extract --jsonl`: the whole record with `source` set to the path as given. */
export function toExtractJson(record: ArticleRecord, source: string): ArticleRecord {
  return { ...record, source };
}

/** A readable summary of one record: title, date, people and who said what. */
export function formatExtractSummary(record: ArticleRecord, source: string): string {
  const lines = [`${source}`, `  ${record.date}  ${record.title}`, `  ${record.wordCount} words, ${record.body.length} paragraphs`];
  if (record.people.length) lines.push(`  people: ${record.people.map((person) => person.name).join('; ')}`);
  for (const quote of record.quotes) {
    const text = quote.text.length > 80 ? `${quote.text.slice(0, 79)}…` : quote.text;
    lines.push(`  “${text}” — ${quote.speaker.name || `(${quote.speaker.kind})`}${quote.cue ? ` [${quote.cue}]` : ''}`);
  }
  return `${lines.join('\n')}\n\n`;
}
