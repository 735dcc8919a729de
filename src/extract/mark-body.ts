/**
 * The body HTML, with quotes and person mentions marked. Their offsets index into each paragraph's plain `text`,
 * the block's mdast text with whitespace collapsed, so the marks are made on a copy of the block's mdast tree:
 * text nodes are split at the offsets and the pieces wrapped in mark nodes (mark-node.ts); then every block of
 * the article, marked or not, goes through the sanitiser once (body-html.ts). Article text never becomes markup.
 *
 * - A quote with its own quotation marks around it becomes `<q id="q-<id>">`, its marks dropped because the
 *   browser draws them (HTML requires that a `<q>` not be written with its marks); any other quote (a mark
 *   missing, or inline markup cut in two) becomes `<span class="quote" id="q-<id>">` around text that keeps its
 *   marks. Each quote has `data-quote` and `data-speaker`, and `cite` when the article's address is known.
 * - The first body mention of each person becomes `<span data-person="N">`, N being the person's index in the
 *   record's `people`; the render stage, which knows each person's page, turns it into a link. A mention inside a
 *   link is passed over for the person's next one, since a link cannot hold another.
 */
import type { Blockquote, Nodes, Parent, RootContent } from 'mdast';
import type { BodyParagraph, Person, Quote } from '../types.js';
import { bodyHtml } from './body-html.js';
import type { MarkNode } from './mark-node.js';

const isOpeningMark = (char: string | undefined): boolean => char !== undefined && '“"«„'.includes(char);
const isClosingMark = (char: string | undefined): boolean => char !== undefined && '”"»'.includes(char);

/** The quotes and people of one article, and its web address for `cite`. */
export interface BodyMarks {
  quotes: Quote[];
  people: Person[];
  url?: string;
}

/** The body paragraphs: each text with its HTML, quotes and first mentions marked. */
export function markBody(texts: string[], nodes: RootContent[], marks: BodyMarks): BodyParagraph[] {
  const blocks = new Map<number, { block: Parent & RootContent; toRaw: RawOffset; quoted: WrappedQuote[]; taken: Array<[number, number]> }>();
  const blockAt = (paragraph: number) => {
    let entry = blocks.get(paragraph);
    const node = nodes[paragraph];
    if (!entry && node && texts[paragraph] !== undefined && 'children' in node) {
      const block = cloneTree(node) as Parent & RootContent;
      blocks.set(paragraph, (entry = { block, toRaw: rawOffsets(block, texts[paragraph]), quoted: [], taken: [] }));
    }
    return entry;
  };
  for (const quote of [...marks.quotes].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)) {
    const entry = blockAt(quote.paragraph);
    if (entry) entry.quoted.push(...wrapQuote(entry.block, texts[quote.paragraph], quote, entry.toRaw));
  }
  // Only the first mention of each person is marked: it is the one the render stage links.
  marks.people.forEach((person, index) => {
    for (const mention of [...person.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)) {
      if (mention.paragraph < 0 || mention.end <= mention.start || mention.end > (texts[mention.paragraph]?.length ?? 0)) continue;
      const entry = blockAt(mention.paragraph);
      if (!entry || entry.taken.some(([start, end]) => mention.start < end && mention.end > start)) continue;
      const [start, end] = [entry.toRaw(mention.start, 'start'), entry.toRaw(mention.end, 'end')];
      // A link cannot hold another link, which the mention becomes: try the person's next mention instead.
      if (end <= start || crossesLink(entry.block as Nodes, start, end)) continue;
      const wrappers = wrapRange(entry.block, start, end);
      for (const wrapper of wrappers) wrapper.properties = { dataPerson: String(index) };
      if (!wrappers.length) continue;
      entry.taken.push([mention.start, mention.end]);
      break;
    }
  });
  // Marks are dropped last: until every range is wrapped, the text must stay as the offsets counted it.
  for (const entry of blocks.values()) {
    for (const { quote, wrappers, enclosed } of entry.quoted) {
      const asQ = enclosed && wrappers.length === 1 && dropEdgeMarks(wrappers[0]);
      wrappers.forEach((wrapper, position) => {
        const properties: Record<string, string | string[]> = {};
        if (position === 0) properties.id = `q-${quote.id}`;
        if (!asQ) properties.className = ['quote'];
        properties.dataQuote = quote.id;
        properties.dataSpeaker = quote.speaker.name;
        if (marks.url) properties.cite = marks.url;
        wrapper.tagName = asQ ? 'q' : 'span';
        wrapper.properties = properties;
      });
    }
    if (entry.quoted.length && entry.block.type === 'blockquote' && marks.url) setProperties(entry.block, { cite: marks.url });
  }
  const html = bodyHtml(nodes.map((node, index) => blocks.get(index)?.block ?? node));
  return texts.map((text, index) => ({ text, html: html[index] }));
}

interface WrappedQuote {
  quote: Quote;
  wrappers: MarkNode[];
  /** Whether the wrapped range includes the quote's own opening and closing marks. */
  enclosed: boolean;
}

/** A copy of a tree to mark: new nodes and child lists, positions left out (marks have none to keep). */
function cloneTree(node: RootContent): RootContent {
  const { position, ...copy } = node as RootContent & { children?: RootContent[] };
  void position;
  if (copy.children) copy.children = copy.children.map(cloneTree);
  return copy as RootContent;
}

/** Wraps a quote, with its marks when it has both; the wrappers get their element once all marks are made. */
function wrapQuote(block: Parent, text: string, quote: Quote, toRaw: RawOffset): WrappedQuote[] {
  const start = Math.max(0, Math.min(quote.start, text.length));
  const end = Math.max(start, Math.min(quote.end, text.length));
  if (end === start) return [];
  const enclosed = isOpeningMark(text[start - 1]) && isClosingMark(text[end]);
  const wrappers = wrapRange(block, toRaw(enclosed ? start - 1 : start, 'start'), toRaw(enclosed ? end + 1 : end, 'end'));
  return wrappers.length ? [{ quote, wrappers, enclosed }] : [];
}

/** Removes the opening and closing marks at the edges of a single quote wrapper; false when they are not there. */
function dropEdgeMarks(wrapper: MarkNode): boolean {
  const first = edgeText(wrapper, 0);
  const last = edgeText(wrapper, -1);
  if (!first || !last || !isOpeningMark(first.value[0]) || !isClosingMark(last.value.at(-1))) return false;
  if (first === last && first.value.length < 2) return false;
  first.value = first.value.slice(1);
  last.value = last.value.slice(0, -1);
  return true;
}

function edgeText(node: Parent, side: 0 | -1): { value: string } | undefined {
  const child = node.children.at(side);
  if (!child) return undefined;
  if (child.type === 'text') return child;
  return 'children' in child ? edgeText(child, side) : undefined;
}

/** Maps an offset in the paragraph's plain text to one in the block's raw text (see `rawOffsets`). */
type RawOffset = (offset: number, edge: 'start' | 'end') => number;

/**
 * The paragraph's plain text is the block's raw text (the values and image alt texts mdast-util-to-string joins)
 * with whitespace runs collapsed to one space and trimmed. Wrapping nodes never changes the raw text, so the map
 * is made once per block. A start maps past collapsed whitespace, an end before it, so marks hug the words.
 */
function rawOffsets(block: Parent, text: string): RawOffset {
  const raw = rawText(block as Nodes);
  const reach = raw === text ? (offset: number) => Math.max(0, Math.min(offset, raw.length)) : collapsedReach(raw);
  return (offset, edge) => {
    let at = reach(offset);
    if (edge === 'start') while (at < raw.length && isSpace(raw.charCodeAt(at))) at++;
    return at;
  };
}

/**
 * The first raw index whose plain offset reaches `offset`, for raw text that collapsing changes. Raw text equal to
 * its plain text (a paragraph on one line, as most are) needs no table: every offset is its own.
 */
function collapsedReach(raw: string): (offset: number) => number {
  // collapsed[i]: the length of the plain text made from raw[0..i).
  const collapsed = new Uint32Array(raw.length + 1);
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < raw.length; i++) {
    collapsed[i] = length;
    const space = isSpace(raw.charCodeAt(i));
    if (!space || !inSpace) length++;
    inSpace = space;
  }
  collapsed[raw.length] = length;
  return (offset) => {
    let low = 0;
    let high = raw.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (collapsed[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** The characters `\s` matches (what BodyParagraph.text collapses), without a regular expression per character. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The text mdast-util-to-string makes of a node: values (text, code, HTML) and image alt text, in order. */
function rawText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('alt' in node) return node.alt ?? '';
  return 'children' in node ? node.children.map(rawText).join('') : '';
}

/** Raw text lengths of parents, which wrapping never changes (it only regroups children). */
const parentLengths = new WeakMap<object, number>();

function rawLength(node: Nodes): number {
  if ('value' in node) return node.value.length;
  if ('alt' in node) return node.alt?.length ?? 0;
  if (!('children' in node)) return 0;
  let length = parentLengths.get(node);
  if (length === undefined) parentLengths.set(node, (length = node.children.reduce((sum, child) => sum + rawLength(child), 0)));
  return length;
}

/** True when raw range [start, end) touches text inside a link. */
function crossesLink(node: Nodes, start: number, end: number, offset = 0): boolean {
  if (!('children' in node)) return false;
  let at = offset;
  for (const child of node.children) {
    const length = rawLength(child);
    if (at < end && at + length > start && (child.type === 'link' || child.type === 'linkReference' || crossesLink(child, start, end, at))) return true;
    at += length;
  }
  return false;
}

/** Phrasing parents: the only places a marker node may group children. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'datelineMark']);

/**
 * Wraps the raw-text range [start, end) of a block in marker nodes, splitting text nodes at the edges. One wrapper
 * when the range sits inside one phrasing parent; several when it crosses inline markup or blocks.
 */
function wrapRange(block: Parent, start: number, end: number): MarkNode[] {
  const wrappers: MarkNode[] = [];
  const isParent = (node: Nodes): node is Parent & Nodes => 'children' in node;
  const visit = (parent: Parent, offset: number): void => {
    const spans: Array<[number, number]> = [];
    let at = offset;
    for (const child of parent.children) {
      const length = rawLength(child);
      spans.push([at, at + length]);
      at += length;
    }
    const overlapping = spans.flatMap(([from, to], index) => (from < end && to > start ? [index] : []));
    if (!overlapping.length) return;
    if (!PHRASING_PARENTS.has(parent.type)) {
      for (const index of overlapping) if (isParent(parent.children[index])) visit(parent.children[index] as Parent, spans[index][0]);
      return;
    }
    let first = overlapping[0];
    let last = overlapping.at(-1)!;
    const firstChild = parent.children[first];
    if (first === last && isParent(firstChild) && (spans[first][0] < start || spans[first][1] > end)) return visit(firstChild, spans[first][0]);

    // The end is split first, so the start's index stays valid.
    let after: [Parent, number] | undefined;
    if (spans[last][1] > end) {
      const child = parent.children[last];
      if (child.type === 'text') splitText(parent, last, end - spans[last][0]);
      else if (isParent(child)) {
        after = [child, spans[last][0]];
        last--;
      }
    }
    let before: [Parent, number] | undefined;
    if (spans[first][0] < start) {
      const child = parent.children[first];
      if (child.type === 'text') {
        if (splitText(parent, first, start - spans[first][0])) {
          first++;
          last++;
        }
      } else if (isParent(child)) {
        before = [child, spans[first][0]];
        first++;
      }
    }
    if (before) visit(...before);
    if (first <= last) {
      const wrapper: MarkNode = { type: 'datelineMark', tagName: 'span', properties: {}, children: parent.children.slice(first, last + 1) as MarkNode['children'] };
      parent.children.splice(first, last - first + 1, wrapper as never);
      wrappers.push(wrapper);
    }
    if (after) visit(...after);
  };
  visit(block, 0);
  return wrappers;
}

/** Splits a text node in two at an offset; false when the offset is at either end and nothing was split. */
function splitText(parent: Parent, index: number, at: number): boolean {
  const node = parent.children[index] as { type: 'text'; value: string };
  if (at <= 0 || at >= node.value.length) return false;
  parent.children.splice(index, 1, { type: 'text', value: node.value.slice(0, at) } as never, { type: 'text', value: node.value.slice(at) } as never);
  return true;
}

function setProperties(node: Blockquote, properties: Record<string, string>): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
}
