/**
 * Splits (masked) paragraph text into sentences without a model: a full stop, question or exclamation mark,
 * possibly followed by closing marks, then a space and a capital, digit or opening mark, outside abbreviations.
 */
import { codeAt, hasClass, LETTER } from './char-class.js';

/** Abbreviations after which a full stop does not end a sentence, lower case without the stop. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen sen rep gov lt col maj capt sgt cpl adm cmdr brig st jr sr inc corp co ltd vs etc no nos
  jan feb mar apr jun jul aug sep sept oct nov dec rev fr ft mt dept est approx fig op vol pp ed eds u.s u.k u.n
  e.g i.e a.m p.m d.c`.split(/\s+/),
);

const BOUNDARY = /[.!?]+["\u201D\u2019')\]]*\s+(?=["\u201C\u2018'(\[]?[\p{Lu}\p{N}\uE000])/gu;

/** Returns [start, end) offsets of each sentence of `text`. */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    if (text[m.index] === '.') {
      let w = m.index;
      while (w > 0 && (codeAt(text, w - 1) === 46 || hasClass(text, w - 1, LETTER))) w--; // letters and stops: /[\p{L}.]/u
      const word = text.slice(w, m.index).toLowerCase();
      // A lone letter, or letters between stops ("u.s"): the expressions run only on words that short or with a stop.
      if (ABBREVIATIONS.has(word) || (word.length <= 2 && /^\p{L}$/u.test(word)) || (word.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(word))) continue;
    }
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
