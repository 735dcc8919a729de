/** The sentence a quote sits in, for quote pages: the reader sees what was said around the quoted words. */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * A sentence "ending" in a title or initial ("Gen. ", "Mr. ", "J. ") is not an end: ICU's sentence rules, as
 * exposed by Intl.Segmenter, have no abbreviation list, so such a piece is joined to the next one.
 */
const ABBREVIATION_END = /(?:^|[\s(“"])(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.\s*$/;

/** Where one sentence of a text starts and ends. */
export interface SentenceBounds {
  from: number;
  to: number;
}

/** The sentences of a text, in order: what `sentenceAround` looks in, made once for a paragraph with several quotes. */
export function sentencesOf(text: string): SentenceBounds[] {
  const pieces: SentenceBounds[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const last = pieces.at(-1);
    if (last && ABBREVIATION_END.test(text.slice(last.from, last.to))) last.to = index + segment.length;
    else pieces.push({ from: index, to: index + segment.length });
  }
  return pieces;
}

/** The sentence(s) of `text` overlapping [start, end), and the quote's offsets inside them; `pieces` are its sentences. */
export function sentenceAround(text: string, start: number, end: number, pieces = sentencesOf(text)): { text: string; start: number; end: number } {
  const first = pieces.find((piece) => piece.to > start) ?? pieces.at(-1);
  const lastPiece = pieces.findLast((piece) => piece.from < Math.max(end, start + 1)) ?? first;
  const from = first?.from ?? 0;
  const to = Math.max(lastPiece?.to ?? text.length, from);
  const sentence = text.slice(from, to);
  const trimmed = sentence.trimEnd();
  return { text: trimmed, start: Math.max(0, start - from), end: Math.min(trimmed.length, end - from) };
}
