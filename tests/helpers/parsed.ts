/** Parses inline article text the way the build does, for tests of the parse and extract stages. */
import { toSourceFile } from '../../src/read/read-sources.js';
import { parseSource } from '../../src/parse/parse-source.js';
import type { ParsedArticle } from '../../src/types.js';

/** The parsed article for `text`, read as if it were the file `/c/<name>`. */
export function parsed(text: string, name = 'a.md'): ParsedArticle {
  return parseSource(toSourceFile(new TextEncoder().encode(text), `/c/${name}`, '/c'));
}
