/** The heat strip of a year page: how busy each of its twelve months was, at a glance. */
import type { YearArchive } from '../types.js';

/** One month of the strip: its key (YYYY-MM), article count and a level from 0 (none) to 4 (the busiest). */
export interface HeatCell {
  month: string;
  count: number;
  level: number;
}

/** Twelve cells, January first; levels are relative to the year's busiest month. */
export function monthHeat(year: YearArchive): HeatCell[] {
  const counts = new Map(year.months.map((month) => [month.month, month.count]));
  const busiest = Math.max(1, ...counts.values());
  return Array.from({ length: 12 }, (_, index) => {
    const month = `${year.year}-${String(index + 1).padStart(2, '0')}`;
    const count = counts.get(month) ?? 0;
    return { month, count, level: count === 0 ? 0 : Math.ceil((count / busiest) * 4) };
  });
}
