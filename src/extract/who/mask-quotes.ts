/**
 * Blanks out the inside of quoted spans so that attribution rules see only the reporter's words; offsets are kept,
 * and a quote's final punctuation stays so sentence ends inside quotes still show.
 */
import type { QuoteSpan } from './find-quote-spans.js';

/** The character that stands for a quoted character in masked text. */
export const MASK = '\uE000';

const KEEP_LAST = new Set(['.', '!', '?', ',']);

/** Returns the paragraphs with every quoted character replaced by MASK, except each quote's final punctuation. */
export function maskQuotes(paragraphs: readonly string[], spans: readonly QuoteSpan[]): string[] {
  const chars = paragraphs.map((p) => p.split(''));
  for (const s of spans) {
    for (let p = s.paragraph; p <= s.endParagraph; p++) {
      const from = p === s.paragraph ? s.start : 0;
      const to = p === s.endParagraph ? s.end : chars[p].length;
      for (let i = from; i < to; i++) chars[p][i] = MASK;
    }
    const last = paragraphs[s.endParagraph];
    let i = s.end - 1;
    while (i >= 0 && /\s/.test(last[i])) i--;
    if (i > 0 && (last[i] === ']' || last[i] === ')') && KEEP_LAST.has(last[i - 1])) chars[s.endParagraph][i] = last[i - 1]; // "incurable[.]"
    else if (i >= 0 && KEEP_LAST.has(last[i]) && (s.endParagraph !== s.paragraph || i >= s.start)) chars[s.endParagraph][i] = last[i];
  }
  return chars.map((c) => c.join(''));
}
