/**
 * Body blocks (mdast, possibly holding mark nodes) to sanitised HTML, one fragment per block. All blocks of an
 * article go through mdast-util-to-hast and hast-util-sanitize in one pass, because setting up a conversion costs
 * more than converting a paragraph; each block is held in a wrapper element on the way so the fragments can be
 * told apart afterwards, even for a block that converts to nothing (raw HTML, which is dropped).
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { toHast, type State } from 'mdast-util-to-hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { markHandlers } from './mark-node.js';

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
  },
};

const handlers = {
  ...markHandlers,
  datelineBlock(state: State, node: BlockNode): Element {
    return { type: 'element', tagName: 'div', properties: {}, children: state.all(node) as Element['children'] };
  },
};

/** The sanitised HTML of each block, in order. Raw HTML in a block never reaches the output as markup. */
export function bodyHtml(blocks: RootContent[]): string[] {
  const root: Root = { type: 'root', children: blocks.map((block): BlockNode => ({ type: 'datelineBlock', children: [block] })) };
  const clean = sanitize(toHast(root, { handlers }), schema) as HastRoot;
  const wrappers = clean.children.filter((child): child is Element => child.type === 'element');
  if (wrappers.length !== blocks.length) throw new Error(`Body HTML: ${blocks.length} blocks became ${wrappers.length}.`);
  return wrappers.map((wrapper) => toHtml({ type: 'root', children: wrapper.children }).trim());
}
