/** Turns anchors in an article (its date, title, body, or an offset in a paragraph) into file positions. */
import type { RootContent } from 'mdast';
import type { Anchor, ParsedArticle } from '../types.js';
import { frontMatterKeyPlace } from './extract-date.js';
import { extractBody } from './extract-body.js';
import { paragraphPlace } from './paragraph-place.js';

/** A 1-based line and column in a source file. */
export interface Place {
  line: number;
  column: number;
}

/** A function placing anchors of a parsed article; `nodes[i]` is the tree node body paragraph `i` came from. */
export function createPlacer(parsed: ParsedArticle, nodes: RootContent[]): (anchor: Anchor) => Place {
  const text = String(parsed.file.value);
  const frontMatterKey = (key: string): Place | undefined => (parsed.frontMatter[key] === undefined ? undefined : frontMatterKeyPlace(text, key));
  const paragraph = (index: number, offset: number): Place => paragraphPlace(nodes[index], offset, parsed.bodyLine);
  // A derived title comes from the lede.
  const title = (): Place => frontMatterKey('title') ?? paragraph(0, 0);
  return (anchor) => {
    switch (anchor.kind) {
      case 'date':
        return frontMatterKey('date') ?? (parsed.dateLine ? { line: parsed.dateLine.line, column: parsed.dateLine.column } : { line: 1, column: 1 });
      case 'title':
        return title();
      case 'key':
        return frontMatterKey(anchor.key) ?? { line: 1, column: 1 };
      case 'body':
        return { line: parsed.bodyLine, column: 1 };
      case 'paragraph':
        return anchor.paragraph < 0 ? title() : paragraph(anchor.paragraph, anchor.offset);
    }
  };
}

/** Places anchors in an article parsed again for the purpose, such as one a cross-article check warns about. */
export function placeAnchors(parsed: ParsedArticle, anchors: Anchor[]): Place[] {
  return anchors.map(createPlacer(parsed, extractBody(parsed.tree).nodes));
}
