import { describe, expect, it } from 'vitest';
import { checkDates, localToday } from '../../src/index/check-dates.js';
import type { ArticleSummary } from '../../src/types.js';

const dated = (source: string, date: string) => ({ source, date }) as ArticleSummary;

describe('checkDates', () => {
  it('warns about dates before 1900 and after today, and says the article is still published', () => {
    const findings = checkDates([dated('old.txt', '1899-12-31'), dated('ok.txt', '1900-01-01'), dated('today.txt', '2026-05-01'), dated('soon.txt', '2026-05-02')], '2026-05-01');
    expect(findings).toEqual([
      { source: 'old.txt', anchor: { kind: 'date' }, reason: 'The date 1899-12-31 is before 1900, which is unlikely for a news article. The article is published under this date; correct it if it is a typo.', ruleId: 'date-unlikely' },
      { source: 'soon.txt', anchor: { kind: 'date' }, reason: 'The date 2026-05-02 is after today (2026-05-01), which is unlikely for a news article. The article is published under this date; correct it if it is a typo.', ruleId: 'date-unlikely' },
    ]);
  });
});

describe('localToday', () => {
  it('gives the calendar day on this computer, as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
