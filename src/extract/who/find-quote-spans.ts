/**
 * Finds double-quoted spans in body paragraphs: pairs curly marks, infers the direction of straight marks from
 * their neighbours, keeps nested marks inside the outer span, joins a quote that runs over paragraphs and reports
 * unbalanced marks instead of letting one swallow the text after it.
 */
import type { ExtractProblem } from '../../types.js';
import { CHAR_CLASS, codeAt, hasClass, LETTER, SPACE } from './char-class.js';

/** One double-quoted span; `end` and `close` are offsets in paragraph `endParagraph`. */
export interface QuoteSpan {
  paragraph: number;
  /** Offset of the first quoted character in `paragraph`. */
  start: number;
  endParagraph: number;
  /** Offset just past the last quoted character in `endParagraph`. */
  end: number;
  /** Offset of the opening mark in `paragraph`. */
  open: number;
  /** Offset just past the closing mark in `endParagraph`. */
  close: number;
  /** The quoted words; paragraphs of a continued quote joined with one space. */
  text: string;
}

type Direction = 'open' | 'close';

/** Every double quotation mark; global, so a scan jumps from mark to mark in native code. */
const MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/g;

/** Any one double quotation mark, as MARK, for a yes-or-no test. */
const ANY_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/;

/** Whether `text` holds any double quotation mark (one of MARK's). */
function hasMark(text: string): boolean {
  // One pass with a character class: six string searches read most paragraphs (which hold no mark) six times,
  // about 1.6 times as slow over the corpus's paragraphs (990 against 600 ns a paragraph, CPU time).
  return ANY_MARK.test(text);
}

/** Characters after which a mark opens a quote, besides white space: ( [ { — – - / */
const OPENING_CONTEXT = new Set([...'([{\u2014\u2013-/'].map((c) => c.charCodeAt(0)));
/** Characters before which a mark closes a quote, besides white space: . , ; : ! ? ) ] } — – - / … */
const CLOSING_CONTEXT = new Set([...'.,;:!?)]}\u2014\u2013-/\u2026'].map((c) => c.charCodeAt(0)));

function isMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** The direction the neighbours suggest for a mark at `i`, or undefined when they do not decide. */
function contextDirection(text: string, i: number): Direction | undefined {
  const before = i === 0 ? 32 : codeAt(text, i - 1);
  const after = i + 1 >= text.length ? 32 : codeAt(text, i + 1);
  const opens = (CHAR_CLASS[before] & SPACE) !== 0 || OPENING_CONTEXT.has(before) || isMark(before) || before === 0x2018;
  const closes = (CHAR_CLASS[after] & SPACE) !== 0 || CLOSING_CONTEXT.has(after) || isMark(after) || after === 0x2019;
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return undefined;
}

/** Feet then inches just before a mark: 5'11, 6’2. */
const FEET_AND_INCHES = /\d['\u2019]\d{1,2}$/;

function markDirection(text: string, i: number, depth: number): Direction | 'skip' {
  const c = codeAt(text, i);
  const context = contextDirection(text, i);
  if (c === 34) {
    const before = i > 0 ? codeAt(text, i - 1) : 32;
    // An inch mark (a 12" record, 5'11") follows a digit; inside an open quote only feet and inches count as
    // one, since a quote may end in a number ("cosmonaut No. 11", "COVID-19").
    if (before >= 48 && before <= 57 && !hasClass(text, i + 1, LETTER) && (depth === 0 || FEET_AND_INCHES.test(text.slice(Math.max(0, i - 4), i)))) return 'skip';
    return context ?? (depth > 0 ? 'close' : 'open');
  }
  const typed: Direction = c === 0x201d || c === 0xbb ? 'close' : 'open';
  // A curly mark set the wrong way round by the source: trust clear context over the glyph.
  if (typed === 'close' && depth === 0 && context === 'open') return 'open';
  if (typed === 'open' && depth > 0 && context === 'close') return 'close';
  return typed;
}

interface ParagraphScan {
  /** Closed spans as [open mark, close mark] offsets. */
  spans: [number, number][];
  strayCloses: number[];
  /** Offset of an opening mark still open at the end, or -1. */
  unclosed: number;
}

function scanParagraph(text: string, nested: boolean, continuing: boolean): ParagraphScan {
  const spans: [number, number][] = [];
  const strayCloses: number[] = [];
  let depth = 0;
  let openAt = -1;
  if (continuing) {
    depth = 1;
    openAt = -1; // the quote opened in an earlier paragraph
  }
  let continuationMarkSeen = !continuing;
  MARK.lastIndex = 0;
  while (MARK.test(text)) {
    const i = MARK.lastIndex - 1;
    if (!continuationMarkSeen) {
      continuationMarkSeen = true; // the reopening mark at the start of a continued paragraph
      continue;
    }
    const dir = markDirection(text, i, depth);
    if (dir === 'skip') continue;
    if (dir === 'open') {
      if (depth === 0) {
        openAt = i;
        depth = 1;
      } else if (nested) depth++;
      else {
        spans.push([openAt, i]);
        depth = 0;
      }
    } else if (depth === 0) strayCloses.push(i);
    else if (--depth === 0) spans.push([openAt, i]);
  }
  return { spans, strayCloses, unclosed: depth > 0 ? openAt : -2 };
}

function scanBest(text: string, continuing: boolean): ParagraphScan {
  const nested = scanParagraph(text, true, continuing);
  if (nested.strayCloses.length === 0 && nested.unclosed === -2) return nested;
  const flat = scanParagraph(text, false, continuing);
  const bad = (s: ParagraphScan): number => s.strayCloses.length + (s.unclosed === -2 ? 0 : 1);
  return bad(flat) < bad(nested) ? flat : nested;
}

function startsWithOpeningMark(text: string): boolean {
  const m = /^\s*(["\u201C\u201E\u00AB])/.exec(text);
  return m !== null;
}

const UNCLOSED =
  'Unbalanced quotation mark: this opening mark is never closed in its paragraph. Close the quote, or start the next paragraph with an opening mark if the quote continues there.';
const STRAY =
  'Unbalanced quotation mark: this closing mark has no opening mark. Add the opening mark or remove this one.';

/**
 * Finds the double-quoted spans of an article body and the unbalanced marks in it; `marked[p]` is false when
 * paragraph `p` holds no double quotation mark at all, which spares later scanners a search of their own.
 */
export function findQuoteSpans(paragraphs: readonly string[]): { spans: QuoteSpan[]; problems: ExtractProblem[]; marked: boolean[] } {
  const spans: QuoteSpan[] = [];
  const problems: ExtractProblem[] = [];
  const marked: boolean[] = [];
  // A quote carried over from earlier paragraphs: where it opened and the text so far.
  let carry: { paragraph: number; open: number; parts: string[] } | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    marked.push(carry !== undefined || hasMark(text));
    if (!marked[p]) continue;
    const scan = scanBest(text, carry !== undefined);
    for (const [open, close] of scan.spans) {
      if (open === -1 && carry) {
        const first = text.search(/\S/) + 1;
        carry.parts.push(text.slice(first, close).trim());
        const startOffset = carry.open + 1;
        spans.push({
          paragraph: carry.paragraph, start: startOffset, endParagraph: p, end: close, open: carry.open,
          close: close + 1, text: carry.parts.join(' '),
        });
        carry = undefined;
      } else {
        // Spaces just inside the marks ("tomorrow.' ”) are the source's typography, not the speaker's words.
        let start = open + 1;
        let end = close;
        while (start < end && hasClass(text, start, SPACE)) start++;
        while (end > start && hasClass(text, end - 1, SPACE)) end--;
        spans.push({ paragraph: p, start, endParagraph: p, end, open, close: close + 1, text: text.slice(start, end) });
      }
    }
    for (const offset of scan.strayCloses) problems.push({ paragraph: p, offset, reason: STRAY, ruleId: 'quote-unclosed' });
    if (scan.unclosed === -2) continue;
    const continues = p + 1 < paragraphs.length && startsWithOpeningMark(paragraphs[p + 1]);
    if (scan.unclosed === -1 && carry) {
      // A middle paragraph of a long quote: no closing mark, reopened in the next one.
      if (continues) carry.parts.push(text.slice(text.search(/\S/) + 1).trim());
      else {
        problems.push({ paragraph: carry.paragraph, offset: carry.open, reason: UNCLOSED, ruleId: 'quote-unclosed' });
        carry = undefined;
      }
    } else if (continues && text.slice(scan.unclosed + 1).trim() !== '') {
      // An opening mark with no words after it in its paragraph opens nothing: it is reported below.
      carry = { paragraph: p, open: scan.unclosed, parts: [text.slice(scan.unclosed + 1).trim()] };
    } else {
      problems.push({ paragraph: p, offset: scan.unclosed, reason: UNCLOSED, ruleId: 'quote-unclosed' });
    }
  }
  return { spans, problems, marked };
}
