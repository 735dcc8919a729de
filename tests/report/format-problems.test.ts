import { describe, expect, it } from 'vitest';
import { formatProblems, formatProblemsJson } from '../../src/report/format-problems.js';
import type { Problem } from '../../src/report/problem.js';

const problems: Problem[] = [
  { file: 'content/b.md', line: 3, column: 7, severity: 'error', reason: 'The date does not exist.', ruleId: 'date-invalid' },
  { file: 'content/a.md', line: 12, column: 1, severity: 'warning', reason: 'Unbalanced quotation mark.', ruleId: 'quote-unclosed' },
  { file: 'content/a.md', line: 2, column: 10, severity: 'warning', reason: 'Not a URL.', ruleId: 'front-matter-url' },
];

describe('formatProblems', () => {
  it('groups by file, sorts by position and sums up', () => {
    expect(formatProblems(problems)).toBe(
      [
        'content/a.md',
        '  2:10  warning  Not a URL.  front-matter-url',
        '  12:1  warning  Unbalanced quotation mark.  quote-unclosed',
        '',
        'content/b.md',
        '  3:7  error    The date does not exist.  date-invalid',
        '',
        '3 problems (1 error, 2 warnings) in 2 files',
      ].join('\n'),
    );
  });
});

describe('formatProblemsJson', () => {
  it('gives counts and the problems sorted, with the reason as `message`', () => {
    expect(JSON.parse(formatProblemsJson(problems, 10))).toEqual({
      articles: 10,
      errors: 1,
      warnings: 2,
      problems: [
        { file: 'content/a.md', line: 2, column: 10, severity: 'warning', message: 'Not a URL.', ruleId: 'front-matter-url' },
        { file: 'content/a.md', line: 12, column: 1, severity: 'warning', message: 'Unbalanced quotation mark.', ruleId: 'quote-unclosed' },
        { file: 'content/b.md', line: 3, column: 7, severity: 'error', message: 'The date does not exist.', ruleId: 'date-invalid' },
      ],
    });
  });
});
