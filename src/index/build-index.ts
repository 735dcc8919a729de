/**
 * Index stage: `ArticleSummary[]` → `SiteIndex`. The only stage that sees every article: it settles slug
 * collisions and groups articles by year, month and day. Problems it finds are returned with the article's source.
 */
import type { ArticleSummary, DayArchive, MonthArchive, SiteIndex, YearArchive } from '../types.js';
import { resolveSlugCollisions, type SlugCollision } from './resolve-slug-collisions.js';

/** Builds the site index; the records' slugs may be changed to settle collisions. */
export function buildIndex(records: ArticleSummary[]): { index: SiteIndex; collisions: SlugCollision[] } {
  const collisions = resolveSlugCollisions(records);
  const articles = [...records].sort(newestFirst);
  return { index: { articles, years: groupByDate(articles) }, collisions };
}

/** Orders articles newest first; same-day articles by title, then id, so the order never depends on input order. */
export function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Groups newest-first articles into years, months and days (all newest first). */
export function groupByDate(articles: ArticleSummary[]): YearArchive[] {
  const years: YearArchive[] = [];
  for (const article of articles) {
    const year = article.date.slice(0, 4);
    const month = article.date.slice(0, 7);
    let yearArchive = years.at(-1);
    if (yearArchive?.year !== year) years.push((yearArchive = { year, months: [], count: 0 }));
    let monthArchive: MonthArchive | undefined = yearArchive.months.at(-1);
    if (monthArchive?.month !== month) yearArchive.months.push((monthArchive = { month, days: [], count: 0 }));
    let day: DayArchive | undefined = monthArchive.days.at(-1);
    if (day?.date !== article.date) monthArchive.days.push((day = { date: article.date, articles: [] }));
    day.articles.push(article);
    monthArchive.count++;
    yearArchive.count++;
  }
  return years;
}

/** The objects of an index that many pages embed, in groups from the innermost out: articles, days, months, years. */
export function sharedObjects(index: SiteIndex): object[][] {
  const months = index.years.flatMap((year) => year.months);
  return [index.articles, months.flatMap((month) => month.days), months, index.years];
}
