/**
 * Marks quotes and person mentions in the body HTML. Their offsets index into each paragraph's plain `text`, which
 * is the block's mdast text with whitespace collapsed, so the marks are made on a copy of the block's mdast tree:
 * the text nodes are split at the offsets and the pieces wrapped in marker nodes (`data.hName`), then the block goes
 * through the same sanitising HTML compiler as every other block. Article text never becomes markup on the way.
 *
 * - A quote with its own quotation marks around it becomes `<q id="q-<id>">`, its marks dropped because the
 *   browser draws them (HTML requires that a `<q>` not be written with its marks); any other quote (a mark
 *   missing, or inline markup cut in two) becomes `<span class="quote" id="q-<id>">` around text that keeps its
 *   marks. Each quote has `data-quote` and `data-speaker`, and `cite` when the article's address is known.
 * - A mention becomes `<span data-person="N">`, N being the person's index in the record's `people`; the render
 *   stage, which knows each person's page, turns the first one of each person into a link and drops the rest.
 *   Mentions inside a link are left alone, since a link cannot hold another.
 */
import type { Blockquote, Nodes, Parent, RootContent } from 'mdast';
import type { BodyParagraph, Person, Quote } from '../types.js';
import { toHtml } from './extract-body.js';

const isOpeningMark = (char: string | undefined): boolean => char !== undefined && '“"«„'.includes(char);
const isClosingMark = (char: string | undefined): boolean => char !== undefined && '”"»'.includes(char);

/** The quotes and people of one article, and its web address for `cite`. */
export interface BodyMarks {
  quotes: Quote[];
  people: Person[];
  url?: string;
}

/** The body with quotes and mentions marked in the HTML of every paragraph that has any. */
export function markBody(body: BodyParagraph[], nodes: RootContent[], marks: BodyMarks): BodyParagraph[] {
  const byParagraph = new Map<number, { quotes: Quote[]; mentions: Array<{ person: number; start: number; end: number }> }>();
  const at = (paragraph: number) => {
    let entry = byParagraph.get(paragraph);
    if (!entry) byParagraph.set(paragraph, (entry = { quotes: [], mentions: [] }));
    return entry;
  };
  for (const quote of marks.quotes) if (body[quote.paragraph]) at(quote.paragraph).quotes.push(quote);
  marks.people.forEach((person, index) => {
    for (const mention of person.mentions) if (body[mention.paragraph]) at(mention.paragraph).mentions.push({ person: index, start: mention.start, end: mention.end });
  });
  return body.map((paragraph, index) => {
    const entry = byParagraph.get(index);
    const node = nodes[index];
    if (!entry || !node) return paragraph;
    const block = structuredClone(node);
    const quoted = [...entry.quotes].sort((a, b) => a.start - b.start).flatMap((quote) => wrapQuote(block, paragraph.text, quote));
    const taken: Array<[number, number]> = [];
    for (const mention of [...entry.mentions].sort((a, b) => a.start - b.start)) {
      if (mention.end <= mention.start || taken.some(([start, end]) => mention.start < end && mention.end > start)) continue;
      if (markMention(block, mention)) taken.push([mention.start, mention.end]);
    }
    // Marks are dropped last: until every range is wrapped, the text must stay as the offsets counted it.
    for (const { quote, wrappers, enclosed } of quoted) {
      const asQ = enclosed && wrappers.length === 1 && dropEdgeMarks(wrappers[0]);
      wrappers.forEach((wrapper, index) => {
        const properties: Record<string, string | string[]> = {};
        if (index === 0) properties.id = `q-${quote.id}`;
        if (!asQ) properties.className = ['quote'];
        properties.dataQuote = quote.id;
        properties.dataSpeaker = quote.speaker.name;
        if (marks.url) properties.cite = marks.url;
        wrapper.data = { hName: asQ ? 'q' : 'span', hProperties: properties };
      });
    }
    if (quoted.length && block.type === 'blockquote' && marks.url) setProperties(block, { cite: marks.url });
    return { text: paragraph.text, html: toHtml(block) };
  });
}

/** Wraps a quote, with its marks when it has both; the wrappers get their element once all marks are made. */
function wrapQuote(block: RootContent, text: string, quote: Quote): Array<{ quote: Quote; wrappers: Parent[]; enclosed: boolean }> {
  const start = Math.max(0, Math.min(quote.start, text.length));
  const end = Math.max(start, Math.min(quote.end, text.length));
  if (end === start) return [];
  const enclosed = isOpeningMark(text[start - 1]) && isClosingMark(text[end]);
  const wrappers = wrapRange(block, enclosed ? start - 1 : start, enclosed ? end + 1 : end);
  return wrappers.length ? [{ quote, wrappers, enclosed }] : [];
}

function markMention(block: RootContent, mention: { person: number; start: number; end: number }): boolean {
  const covered = leavesOf(block).leaves.filter((leaf) => leaf.from < mention.end && leaf.to > mention.start);
  if (!covered.length || covered.some((leaf) => leaf.parents.some((parent) => parent.type === 'link' || parent.type === 'linkReference'))) return false;
  const wrappers = wrapRange(block, mention.start, mention.end);
  for (const wrapper of wrappers) wrapper.data = { hName: 'span', hProperties: { dataPerson: String(mention.person) } };
  return wrappers.length > 0;
}

/** Removes the opening and closing marks at the edges of a single quote wrapper; false when they are not there. */
function dropEdgeMarks(wrapper: Parent): boolean {
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

interface Leaf {
  node: Nodes;
  parents: Parent[];
  /** Offsets in the paragraph's plain text (whitespace collapsed and trimmed, like `BodyParagraph.text`). */
  from: number;
  to: number;
  /** Offset of the leaf's first character in the raw concatenated text. */
  raw: number;
}

/**
 * The text-carrying nodes of a block in order, as mdast-util-to-string reads them (values, then image alt
 * text), with their offsets in the collapsed text, and for each raw character the collapsed offset before it.
 */
function leavesOf(block: RootContent): { leaves: Leaf[]; collapsed: number[] } {
  const leaves: Leaf[] = [];
  let raw = '';
  const walk = (node: Nodes, parents: Parent[]): void => {
    const value = 'value' in node ? node.value : 'alt' in node && node.alt ? node.alt : undefined;
    if (value !== undefined) {
      leaves.push({ node, parents, from: raw.length, to: raw.length + value.length, raw: raw.length });
      raw += value;
    } else if ('children' in node) {
      for (const child of node.children) walk(child, [...parents, node]);
    }
  };
  walk(block, []);
  // collapsed[i] = length of the collapsed text made from raw[0..i): whitespace runs count once, leading ones not.
  const collapsed = new Array<number>(raw.length + 1);
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < raw.length; i++) {
    collapsed[i] = length;
    const space = /\s/.test(raw[i]);
    if (!space) length++;
    else if (!inSpace) length++;
    inSpace = space;
  }
  collapsed[raw.length] = length;
  const total = inSpace && length > 0 ? length - 1 : length;
  for (const leaf of leaves) {
    leaf.from = Math.min(collapsed[leaf.from], total);
    leaf.to = Math.min(collapsed[leaf.to], total);
  }
  return { leaves, collapsed };
}

/** Phrasing parents: the only places a marker node may group children. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/**
 * Wraps the collapsed-text range [start, end) of a block in marker nodes, splitting text nodes at the edges. One
 * wrapper when the range sits inside one phrasing parent; several when it crosses inline markup or blocks.
 */
function wrapRange(block: RootContent, start: number, end: number): Parent[] {
  const wrappers: Parent[] = [];
  const visit = (parent: Parent): void => {
    const { leaves, collapsed } = leavesOf(block);
    const spanOf = (child: Nodes): [number, number] | undefined => {
      const inside = leaves.filter((leaf) => leaf.node === child || leaf.parents.includes(child as Parent));
      return inside.length ? [inside[0].from, inside.at(-1)!.to] : undefined;
    };
    const spans = parent.children.map((child) => spanOf(child));
    const overlapping = parent.children.map((_, index) => index).filter((index) => spans[index] && spans[index]![0] < end && spans[index]![1] > start);
    if (!overlapping.length) return;
    const isParent = (node: Nodes): node is Parent & Nodes => 'children' in node;
    if (!PHRASING_PARENTS.has(parent.type)) {
      for (const index of overlapping) if (isParent(parent.children[index])) visit(parent.children[index] as Parent);
      return;
    }
    let first = overlapping[0];
    let last = overlapping.at(-1)!;
    const firstChild = parent.children[first];
    if (first === last && isParent(firstChild) && (spans[first]![0] < start || spans[first]![1] > end)) return visit(firstChild);

    // Both edges are measured before either is split; the end is split first so the start's index stays valid.
    const startAt = spans[first]![0] < start && parent.children[first].type === 'text' ? rawOffset(leaves, collapsed, parent.children[first], start, 'start') : 0;
    let after: Parent | undefined;
    if (spans[last]![1] > end) {
      const child = parent.children[last];
      if (child.type === 'text') splitText(parent, last, rawOffset(leaves, collapsed, child, end, 'end'));
      else if (isParent(child)) {
        after = child;
        last--;
      }
    }
    let before: Parent | undefined;
    if (spans[first]![0] < start) {
      const child = parent.children[first];
      if (child.type === 'text') {
        if (splitText(parent, first, startAt)) {
          first++;
          last++;
        }
      } else if (isParent(child)) {
        before = child;
        first++;
      }
    }
    if (before) visit(before);
    if (first <= last) {
      const wrapper = { type: 'emphasis', children: parent.children.slice(first, last + 1) } as Parent;
      parent.children.splice(first, last - first + 1, wrapper as never);
      wrappers.push(wrapper);
    }
    if (after) visit(after);
  };
  if ('children' in block) visit(block);
  return wrappers;
}

/** The offset inside a text node where a collapsed-text offset falls: after any whitespace for a start, before it for an end. */
function rawOffset(leaves: Leaf[], collapsed: number[], node: Nodes, target: number, edge: 'start' | 'end'): number {
  const leaf = leaves.find((candidate) => candidate.node === node)!;
  const length = (node as { value: string }).value.length;
  if (edge === 'end') {
    for (let i = 0; i <= length; i++) if (collapsed[leaf.raw + i] >= target) return i;
    return length;
  }
  for (let i = length; i >= 0; i--) if (collapsed[leaf.raw + i] <= target) return i;
  return 0;
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
