/**
 * The article body: the plain text of each top-level block of the mdast tree (what quotes and mentions index
 * into), with scraped photo-credit paragraphs taken out as figures. The blocks' HTML is made later, by
 * mark-body, once quotes and mentions are known, so each block is converted to HTML once.
 */
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { Figure } from '../types.js';

/** A parenthesised photo credit at the end of a paragraph, with scraping debris such as a stray "More" after it. */
const PHOTO_CREDIT = /\s*\((?:photo|photograph|image|picture|credit|photo credit)s?(?:\s+by)?\s*:\s*([^()]{2,120})\)\s*(?:more|expand|enlarge|view gallery)?\s*$/i;

/**
 * Whitespace runs that collapsing to one space changes: what `/\s+/g` replaces, less the single spaces between words,
 * which are most of its matches and each cost a replacement.
 */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** The body paragraphs' texts and the figures of an article tree; `nodes[i]` is the tree node `texts[i]` came from. */
export function extractBody(tree: Root): { texts: string[]; figures: Figure[]; nodes: RootContent[] } {
  const texts: string[] = [];
  const figures: Figure[] = [];
  const nodes: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'definition' || node.type === 'yaml' || node.type === 'thematicBreak') continue;
    const text = toString(node).replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
    if (!text) continue;
    const figure = node.type === 'paragraph' ? toFigure(text, texts.length) : undefined;
    if (figure) figures.push(figure);
    else {
      texts.push(text);
      nodes.push(node);
    }
  }
  return { texts, figures, nodes };
}

/** A figure when a paragraph is a photo caption ending in a credit, else undefined. */
export function toFigure(text: string, before: number): Figure | undefined {
  // The pattern can match from any position; most paragraphs have no parenthesis for it to find.
  const match = text.includes('(') ? PHOTO_CREDIT.exec(text) : null;
  if (!match) return undefined;
  return { caption: text.slice(0, match.index).trim(), credit: match[1].trim(), before };
}
