/** The article's date: from the front matter, else the `date` line, else a `YYYY-MM-DD` file-name prefix. */
import path from 'node:path';
import type { ExtractProblemAt, ParsedArticle } from '../types.js';

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s_.-])/;

/** The date found for an article, or a problem saying why there is none. */
export type DateResult = { date: string; problem?: undefined } | { date?: undefined; problem: ExtractProblemAt };

/** Finds and validates the article's date; an impossible or missing date is a fatal problem with a position. */
export function extractDate(parsed: ParsedArticle): DateResult {
  const given = parsed.frontMatter.date;
  if (given !== undefined && given !== null && given !== '') {
    // Placed only when there is a problem: finding the key splits the whole file into lines.
    return checkDate(String(given), () => frontMatterKeyPlace(String(parsed.file.value), 'date'), 'the front matter "date"');
  }
  if (parsed.dateLine) {
    const { line, column } = parsed.dateLine;
    return checkDate(parsed.dateLine.value, () => ({ line, column }), 'the "date" line');
  }
  const name = path.basename(parsed.file.path);
  if (DATE_PREFIX.test(name)) return checkDate(name, () => ({ line: 1, column: 1 }), 'the file name');
  return {
    problem: {
      reason: 'No date found. Add "date: YYYY-MM-DD" to the front matter, start the text with a "date YYYY-MM-DD" line, or start the file name with the date.',
      place: { line: 1, column: 1 },
      ruleId: 'date-missing',
      fatal: true,
    },
  };
}

function checkDate(value: string, placeOf: () => { line: number; column: number }, where: string): DateResult {
  const match = DATE_PREFIX.exec(value.trim());
  if (!match) {
    return { problem: { reason: `The date in ${where} ("${value.slice(0, 40)}") is not a YYYY-MM-DD date. Write it as YYYY-MM-DD, for example 2020-01-03.`, place: placeOf(), ruleId: 'date-invalid', fatal: true } };
  }
  const [, year, month, day] = match;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) {
    return { problem: { reason: `The date ${match[0]} in ${where} does not exist. Correct the month or day.`, place: placeOf(), ruleId: 'date-invalid', fatal: true } };
  }
  return { date: match[0] };
}

/** True when year, month and day name a real day of the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}

/** The file position of a top-level front-matter key, for messages about its value. */
export function frontMatterKeyPlace(text: string, key: string): { line: number; column: number } {
  const lines = text.split('\n');
  for (let index = 1; index < lines.length && !/^---\s*$/.test(lines[index]); index++) {
    const match = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s*`).exec(lines[index]);
    if (match) return { line: index + 1, column: match[0].length + 1 };
  }
  return { line: 1, column: 1 };
}
