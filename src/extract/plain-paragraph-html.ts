/**
 * The HTML of a paragraph that holds only text, emphasis, strong emphasis and quote or mention marks, written directly: byte for byte what
 * remark-html with our sanitising schema makes of it (body-html.ts), without its three passes over the tree
 * (mdast to hast, sanitise, hast to HTML), which were a third of extracting an article. Most paragraphs of news
 * text are like this. Anything else (links, line breaks, code, raw HTML, data on a node, a mark the schema
 * would change) is left to remark-html, so the sanitiser still decides everything it has a say in.
 *
 * Text is escaped by the same stringify-entities call hast-util-to-html makes, and trimmed around line endings by
 * the same trim-lines mdast-util-to-hast uses; a test compares both paths on generated paragraphs.
 */
import type { Emphasis, Nodes, Paragraph, Strong } from 'mdast';
import { stringifyEntities } from 'stringify-entities';
import { trimLines } from 'trim-lines';
import type { MarkNode } from './mark-node.js';

// The characters hast-util-to-html escapes in text, and in double-quoted attribute values (its defaults).
const TEXT_SUBSET = ['<', '&'];
const ATTRIBUTE_SUBSET = ['\0', '"', '&', "'", '`'];
// Text holding none of these comes out of stringify-entities and trim-lines unchanged. Most text holds none, and a
// test costs a fraction of the calls (an options object and a replace with a callback each time).
const TEXT_ESCAPED = /[<&]/;
const ATTRIBUTE_ESCAPED = /[\0"&'`]/;
const LINE_ENDING = /[\r\n]/;

/** Each mark property the schema keeps unchanged when its value passes the check, with its HTML attribute name. */
const MARK_ATTRIBUTES: Record<string, Record<string, { name: string; keeps: (value: unknown) => boolean }>> = {
  q: {
    cite: { name: 'cite', keeps: isHttpUrl },
    id: { name: 'id', keeps: isQuoteAnchor },
    dataQuote: { name: 'data-quote', keeps: isString },
    dataSpeaker: { name: 'data-speaker', keeps: isString },
  },
  span: {
    id: { name: 'id', keeps: isQuoteAnchor },
    className: { name: 'class', keeps: (value) => Array.isArray(value) && value.length === 1 && value[0] === 'quote' },
    dataQuote: { name: 'data-quote', keeps: isString },
    dataSpeaker: { name: 'data-speaker', keeps: isString },
    cite: { name: 'cite', keeps: isHttpUrl },
    dataPerson: { name: 'data-person', keeps: (value) => typeof value === 'string' && /^\d+$/.test(value) },
  },
};

/** The elements emphasis and strong emphasis become. */
const EMPHASIS = { emphasis: 'em', strong: 'strong' } as const;

/** The paragraph's HTML, or undefined when it holds anything else and must go through remark-html. */
export function plainParagraphHtml(block: Nodes): string | undefined {
  if (block.type !== 'paragraph' || block.data) return undefined;
  const inner = childrenHtml(block);
  return inner === undefined ? undefined : `<p>${inner}</p>`;
}

function childrenHtml(parent: Paragraph | Emphasis | Strong | MarkNode): string | undefined {
  let html = '';
  for (const child of parent.children) {
    if (child.data) return undefined;
    if (child.type === 'text') html += textHtml(child.value);
    else if (child.type === 'datelineMark') {
      const mark = markHtml(child);
      if (mark === undefined) return undefined;
      html += mark;
    } else if (child.type === 'emphasis' || child.type === 'strong') {
      const inner = childrenHtml(child);
      if (inner === undefined) return undefined;
      html += `<${EMPHASIS[child.type]}>${inner}</${EMPHASIS[child.type]}>`;
    } else return undefined;
  }
  return html;
}

function markHtml(mark: MarkNode): string | undefined {
  const allowed = MARK_ATTRIBUTES[mark.tagName];
  if (!allowed) return undefined;
  let attributes = '';
  for (const [key, value] of Object.entries(mark.properties)) {
    const attribute = allowed[key];
    if (!attribute?.keeps(value)) return undefined;
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    attributes += ` ${attribute.name}="${ATTRIBUTE_ESCAPED.test(text) ? stringifyEntities(text, { subset: ATTRIBUTE_SUBSET, attribute: true }) : text}"`;
  }
  const inner = childrenHtml(mark);
  return inner === undefined ? undefined : `<${mark.tagName}${attributes}>${inner}</${mark.tagName}>`;
}

/** A text node's HTML: lines trimmed as mdast-util-to-hast trims them, then escaped as hast-util-to-html escapes text. */
function textHtml(value: string): string {
  const trimmed = LINE_ENDING.test(value) ? trimLines(value) : value;
  return TEXT_ESCAPED.test(trimmed) ? stringifyEntities(trimmed, { subset: TEXT_SUBSET }) : trimmed;
}

function isString(value: unknown): boolean {
  return typeof value === 'string';
}

function isQuoteAnchor(value: unknown): boolean {
  return typeof value === 'string' && /^q-[\w-]+$/.test(value);
}

/** An http(s) address, which the schema's protocol check keeps (anything else is left to the sanitiser). */
function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\//.test(value);
}
