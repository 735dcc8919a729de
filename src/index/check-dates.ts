/**
 * Dates that are valid but unlikely: before 1900, or after today. They are warnings, not errors: the article is
 * published under its date (old archives and embargoed stories exist), and the author is asked to check it.
 * This lives after extraction because "today" changes while an article's extraction does not.
 */
import type { ArticleSummary } from '../types.js';
import type { ArchiveFinding } from './check-archive.js';

/** The earliest year that is not suspicious for an article's date. */
export const EARLIEST_LIKELY_YEAR = 1900;

/** Warnings for articles dated before 1900 or after `today` (YYYY-MM-DD). */
export function checkDates(records: ArticleSummary[], today: string): ArchiveFinding[] {
  const findings: ArchiveFinding[] = [];
  for (const record of records) {
    const early = Number(record.date.slice(0, 4)) < EARLIEST_LIKELY_YEAR;
    if (!early && record.date <= today) continue;
    const why = early ? `before ${EARLIEST_LIKELY_YEAR}` : `after today (${today})`;
    findings.push({
      source: record.source,
      anchor: { kind: 'date' },
      reason: `The date ${record.date} is ${why}, which is unlikely for a news article. The article is published under this date; correct it if it is a typo.`,
      ruleId: 'date-unlikely',
    });
  }
  return findings;
}

/** Today's date on this computer's calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
