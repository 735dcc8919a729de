/**
 * Formats problems the way linters do: for people, grouped by file, one `line:col  severity  reason  rule-id` row
 * each; for machines, one JSON document.
 */
import type { Problem } from './problem.js';

/** The report text for a list of problems (empty string when there are none). */
export function formatProblems(problems: Problem[]): string {
  if (problems.length === 0) return '';
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(file);
    list.sort((a, b) => a.line - b.line || a.column - b.column);
    const placeWidth = Math.max(...list.map((p) => `${p.line}:${p.column}`.length));
    for (const p of list) {
      lines.push(`  ${`${p.line}:${p.column}`.padEnd(placeWidth)}  ${p.severity.padEnd(7)}  ${p.reason}  ${p.ruleId}`);
    }
    lines.push('');
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${problems.length} ${plural(problems.length, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}) in ${byFile.size} ${plural(byFile.size, 'file')}`);
  return lines.join('\n');
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** The problems as one JSON document, sorted by file and position, with counts; `message` is the reason. */
export function formatProblemsJson(problems: Problem[], articles: number): string {
  const sorted = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return JSON.stringify({
    articles,
    errors,
    warnings: problems.length - errors,
    problems: sorted.map(({ file, line, column, severity, reason, ruleId }) => ({ file, line, column, severity, message: reason, ruleId })),
  }, null, 2);
}
