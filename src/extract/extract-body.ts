/**
 * The article body: one `BodyParagraph` (plain text + sanitised HTML) per top-level block of the mdast tree, with
 * scraped photo-credit paragraphs taken out as figures. HTML goes through remark-html with its default sanitising,
 * so raw HTML in an article never reaches a page as markup.
 */
import { unified } from 'unified';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { BodyParagraph, Figure } from '../types.js';

/**
 * GitHub's sanitising schema, plus the marks mark-body adds: quote anchors (`id="q-…"`, which must not be
 * prefixed like other ids) and mention markers. Ids are allowed nowhere else, and Markdown cannot make these.
 */
const schema: Schema = {
  ...defaultSchema,
  clobber: defaultSchema.clobber?.filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'id'),
    q: ['cite', ['id', /^q-[\w-]+$/], 'dataQuote', 'dataSpeaker'],
    span: [['id', /^q-[\w-]+$/], ['className', 'quote'], 'dataQuote', 'dataSpeaker', 'cite', ['dataPerson', /^\d+$/]],
  },
};
const htmlCompiler = unified().use(remarkHtml, { sanitize: schema }).freeze();

/** A parenthesised photo credit at the end of a paragraph, with scraping debris such as a stray "More" after it. */
const PHOTO_CREDIT = /\s*\((?:photo|photograph|image|picture|credit|photo credit)s?(?:\s+by)?\s*:\s*([^()]{2,120})\)\s*(?:more|expand|enlarge|view gallery)?\s*$/i;

/** The body paragraphs and figures of an article tree; `nodes[i]` is the tree node `body[i]` came from. */
export function extractBody(tree: Root): { body: BodyParagraph[]; figures: Figure[]; nodes: RootContent[] } {
  const body: BodyParagraph[] = [];
  const figures: Figure[] = [];
  const nodes: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'definition' || node.type === 'yaml' || node.type === 'thematicBreak') continue;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const figure = node.type === 'paragraph' ? toFigure(text, body.length) : undefined;
    if (figure) figures.push(figure);
    else {
      body.push({ text, html: toHtml(node) });
      nodes.push(node);
    }
  }
  return { body, figures, nodes };
}

/** A figure when a paragraph is a photo caption ending in a credit, else undefined. */
export function toFigure(text: string, before: number): Figure | undefined {
  const match = PHOTO_CREDIT.exec(text);
  if (!match) return undefined;
  return { caption: text.slice(0, match.index).trim(), credit: match[1].trim(), before };
}

/** The sanitised HTML of one block. */
export function toHtml(node: RootContent): string {
  const root: Root = { type: 'root', children: [node] };
  return String(htmlCompiler.stringify(htmlCompiler.runSync(root) as Root)).trim();
}
