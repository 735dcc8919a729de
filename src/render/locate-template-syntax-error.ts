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
    const templateLines = template.split('\n').length;
    if (/end of input/i.test(error.message)) {
      return { line: templateLines, reason: `${error.message}: a "{" or "(" opened in a tag is never closed` };
    }
    const compiledLine = Number(/^template:(\d+)/.exec(error.stack ?? '')?.[1] ?? 0);
    return { line: Math.min(templateLineOf(body.split('\n'), compiledLine - 2), templateLines), reason: error.message };
  }
}

/** Maps a 0-based line of the compiled body to the template line: its tag's marker plus the lines since it. */
function templateLineOf(bodyLines: string[], index: number): number {
  for (let line = Math.min(index, bodyLines.length - 1); line >= 0; line--) {
    const marker = MARKER.exec(bodyLines[line]);
    if (marker) return Number(marker[1]) + Math.max(0, index - line - 1);
  }
  return 1;
}
