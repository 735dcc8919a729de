/**
 * Editorial rules point at likely mistakes in the writing (a quote nobody is credited with, a name spelled two
 * ways) rather than at anything wrong with the site. `dateline check` lists them; the build and the dev server
 * only count them, so that a large archive's build output stays about the build.
 */
import type { Problem } from './problem.js';

/** The rule ids whose warnings are editorial. */
export const EDITORIAL_RULES: ReadonlySet<string> = new Set(['quote-speaker-missing', 'quote-unclosed', 'person-name-variant']);

/** True for an editorial warning; errors are never editorial. */
export function isEditorial(problem: Problem): boolean {
  return problem.severity === 'warning' && EDITORIAL_RULES.has(problem.ruleId);
}
