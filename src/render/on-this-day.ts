/** "On this day": the articles of the same calendar day in other years, for day pages. */
import type { DayArchive, YearArchive } from '../types.js';

/** For each date with articles, the days of other years with the same month and day, newest first. */
export function onThisDay(years: YearArchive[]): Map<string, DayArchive[]> {
  const byMonthDay = new Map<string, DayArchive[]>();
  for (const day of years.flatMap((year) => year.months.flatMap((month) => month.days))) {
    const key = day.date.slice(5);
    const days = byMonthDay.get(key);
    if (days) days.push(day);
    else byMonthDay.set(key, [day]);
  }
  const result = new Map<string, DayArchive[]>();
  for (const days of byMonthDay.values()) for (const day of days) result.set(day.date, days.filter((other) => other !== day));
  return result;
}
