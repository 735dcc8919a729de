/**
 * Body blocks (mdast, possibly holding mark nodes) to sanitised HTML, one fragment per block, through remark-html
 * with a sanitising schema. All blocks of an article go through one conversion, because setting up a conversion
 * costs more than converting a paragraph; each block is held in a `<section data-block>` wrapper on the way so the
 * fragments can be told apart afterwards, even for a block that converts to nothing (raw HTML, which is dropped).
 * Markdown cannot make a section (raw HTML never survives sanitising), and text is always escaped, so the
 * wrappers are the only `<section` and `</section>` in the HTML.
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { Element } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { unified } from 'unified';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { markHandlers } from './mark-node.js';
import { plainParagraphHtml } from './plain-paragraph-html.js';

/** Holds one block while the article's blocks are converted together. */
interface BlockNode extends Parent {
  type: 'datelineBlock';
  children: RootContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    datelineBlock: BlockNode;
  }
}

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
    section: [['dataBlock', '']],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'section'],
};

const handlers = {
  ...markHandlers,
  datelineBlock(state: State, node: BlockNode): Element {
    return { type: 'element', tagName: 'section', properties: { dataBlock: '' }, children: state.all(node) as Element['children'] };
  },
};

const processor = unified().use(remarkHtml, { sanitize: schema, handlers }).freeze();
const BLOCK = /<section data-block="">([\s\S]*?)<\/section>/g;

/**
 * The sanitised HTML of each block, in order. Raw HTML in a block never reaches the output as markup. Paragraphs of
 * plain text and marks are written directly (plain-paragraph-html.ts); the rest go through remark-html together.
 */
export function bodyHtml(blocks: RootContent[]): string[] {
  const html = blocks.map(plainParagraphHtml);
  const rest = blocks.filter((_, index) => html[index] === undefined);
  if (rest.length === 0) return html as string[];
  const converted = sanitisedHtml(rest);
  let next = 0;
  return html.map((fragment) => fragment ?? converted[next++]);
}

/** The sanitised HTML of each block through remark-html: what `bodyHtml` makes of every block it does not write itself. */
export function sanitisedHtml(blocks: RootContent[]): string[] {
  const root: Root = { type: 'root', children: blocks.map((block): BlockNode => ({ type: 'datelineBlock', children: [block] })) };
  const html = String(processor.stringify(root));
  const fragments = Array.from(html.matchAll(BLOCK), (match) => match[1].trim());
  if (fragments.length !== blocks.length) throw new Error(`Body HTML: ${blocks.length} blocks became ${fragments.length}.`);
  return fragments;
}
