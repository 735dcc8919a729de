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
  const blanks: [number, number][][] = [];
  const keeps: [number, string][][] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    blanks.push([]);
    keeps.push([]);
  }
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
  // Built with `push`, not `map`: once the JIT inlines `map`, its arrays come out holey, and every optimised reader of
  // the masked paragraphs, compiled for the packed arrays of the first rounds, would be thrown back to the interpreter.
  const out: string[] = [];
  for (let p = 0; p < paragraphs.length; p++) out.push(blanks[p].length === 0 ? paragraphs[p] : masked(paragraphs[p], blanks[p], keeps[p]));
  return out;
}

/**
 * `text` with each range of `blanks` (in text order, possibly overlapping) blanked out, but for the characters of
 * `keeps`, which lie inside the ranges; of two kept at one offset, the later one. Built in one pass: putting each
 * kept character back into the finished string would copy the whole paragraph once for every quote in it.
 */
function masked(text: string, blanks: readonly [number, number][], keeps: readonly [number, string][]): string {
  const kept = new Map(keeps);
  const offsets = [...kept.keys()].sort((a, b) => a - b);
  let out = '';
  let at = 0;
  let k = 0;
  for (const [from, to] of blanks) {
    const start = Math.max(at, from);
    out += text.slice(at, start);
    let blankFrom = start;
    while (k < offsets.length && offsets[k] < start) k++;
    for (; k < offsets.length && offsets[k] < to; k++) {
      out += MASK.repeat(offsets[k] - blankFrom) + kept.get(offsets[k]);
      blankFrom = offsets[k] + 1;
    }
    out += MASK.repeat(Math.max(0, to - blankFrom));
    at = Math.max(at, to);
  }
  return out + text.slice(at);
}
