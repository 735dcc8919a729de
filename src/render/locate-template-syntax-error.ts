/**
 * The line of a syntax error in an Eta template. Eta reports JavaScript syntax errors as "Bad template syntax"
 * with no position, because it hands the compiled function body to `new Function`. Compiled in debug mode, that
 * body sets `__eta.line=N` before each tag's code; compiling it again with `node:vm`, whose errors carry the line
 * in the compiled code, and walking back to the nearest marker gives the template line.
 */
import vm from 'node:vm';
import type { Eta } from 'eta';

/** Where a template's syntax error is, and what it is. */
export interface TemplateSyntaxError {
  line: number;
  column?: number;
  reason: string;
}

const MARKER = /^__eta\.line=(\d+)$/;
/** How many blank lines a tag may open with before its code, when looking for that code in the template. */
const MAX_BLANK_LINES = 10;

/** The first syntax error in a template's text, or undefined when it compiles. `eta` must have `debug: true`. */
export function locateTemplateSyntaxError(eta: Eta, template: string): TemplateSyntaxError | undefined {
  let body: string;
  try {
    body = eta.compileToString(template, {});
  } catch (error) {
    // Eta's own parser errors ("unclosed tag at line 2 col 1:") already say where.
    const message = (error as Error).message;
    const at = /^(.*?) at line (\d+) col (\d+)/.exec(message);
    return at ? { line: Number(at[2]), column: Number(at[3]), reason: at[1] } : { line: 1, reason: message.split('\n')[0] };
  }
  try {
    new vm.Script(`(function (it, options) {\n${body}\n})`, { filename: 'template' });
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const lines = template.split('\n');
    const bodyLines = body.split('\n');
    const index = Number(/^template:(\d+)/.exec(error.stack ?? '')?.[1] ?? 0) - 2;
    // Past the template's code, in the code Eta adds after it: a block the template opened was never closed.
    const trailer = bodyLines.findLastIndex((line) => line.startsWith('if (__eta.layout)'));
    if (/end of input/i.test(error.message) || (trailer >= 0 && index >= trailer)) {
      return { line: lines.length, reason: 'A "{" or "(" opened in a tag is never closed' };
    }
    return { line: templateLineOf(lines, bodyLines, index), reason: error.message };
  }
}

/**
 * The template line of a 0-based line of the compiled body: its tag's marker line, moved down to where the
 * compiled line's code appears in the template when the tag spans several lines (Eta copies that code as is).
 */
function templateLineOf(lines: string[], bodyLines: string[], index: number): number {
  for (let markerIndex = Math.min(index, bodyLines.length - 1); markerIndex >= 0; markerIndex--) {
    const marker = MARKER.exec(bodyLines[markerIndex]);
    if (!marker) continue;
    const tagLine = Number(marker[1]);
    const code = bodyLines[index].trim();
    const spanned = index - markerIndex - 1;
    for (let line = tagLine; code && line <= Math.min(lines.length, tagLine + spanned + MAX_BLANK_LINES); line++) {
      if (lines[line - 1].includes(code)) return line;
    }
    return Math.min(tagLine + spanned, lines.length);
  }
  return 1;
}
