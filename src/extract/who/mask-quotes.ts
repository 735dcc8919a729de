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
  // Ranges to blank per paragraph, and single characters to put back.
  const blanks: [number, number][][] = paragraphs.map(() => []);
  const keeps: [number, string][][] = paragraphs.map(() => []);
  for (const s of spans) {
    for (let p = s.paragraph; p <= s.endParagraph; p++) {
      blanks[p].push([p === s.paragraph ? s.start : 0, p === s.endParagraph ? s.end : paragraphs[p].length]);
    }
    const last = paragraphs[s.endParagraph];
    let i = s.end - 1;
    while (i >= 0 && /\s/.test(last[i])) i--;
    if (i > 0 && (last[i] === ']' || last[i] === ')') && KEEP_LAST.has(last[i - 1])) keeps[s.endParagraph].push([i, last[i - 1]]); // "incurable[.]"
    else if (i >= 0 && KEEP_LAST.has(last[i]) && (s.endParagraph !== s.paragraph || i >= s.start)) keeps[s.endParagraph].push([i, last[i]]);
  }
  return paragraphs.map((text, p) => {
    if (blanks[p].length === 0) return text;
    let out = '';
    let at = 0;
    for (const [from, to] of blanks[p]) {
      const start = Math.max(at, from);
      out += text.slice(at, start) + MASK.repeat(Math.max(0, to - start));
      at = Math.max(at, to);
    }
    out += text.slice(at);
    for (const [i, c] of keeps[p]) out = out.slice(0, i) + c + out.slice(i + 1);
    return out;
  });
}
