/** Markdown to mdast with one frozen unified processor; positions are file positions. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).freeze();

/** Parses Markdown text into an mdast tree. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
