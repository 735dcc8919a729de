// Placeholder so the pipeline compiles while the who-said-what extractor is being written; replaced by it.
import type { Quote, Person, ExtractProblem } from '../types.js';

/** Finds direct quotes, their speakers and the people named in one article (placeholder: finds none yet). */
export function extractWhoSaidWhat(input: { id: string; title: string; paragraphs: string[] }): { quotes: Quote[]; people: Person[]; problems: ExtractProblem[] } {
  void input;
  return { quotes: [], people: [], problems: [] };
}
