/**
 * Plan stage: `SiteIndex` → `PlannedPage[]`. Every URL of the site is decided here, before any page renders, so two
 * pages that would share a URL are found and reported instead of one silently overwriting the other. Most kinds of
 * page are routes with their data; the quote permalinks and each person's timeline pages, nine in ten pages of a
 * large archive, come in groups whose routes are made only when they render, so a build that renders few of them
 * neither makes nor holds the rest.
 */
import type { DayArchive, IndexedArticle, MonthArchive, SiteIndex, YearArchive } from '../types.js';
import { paths, toOutputPath } from './urls.js';
import { planPeopleRoutes } from './plan-people-routes.js';
import { planQuoteRoutes } from './plan-quote-routes.js';
import { articlePeopleAndQuotes } from './article-people-and-quotes.js';
import { onThisDay } from './on-this-day.js';
import { monthHeat } from './month-heat.js';
import { latestQuotes } from './latest-quotes.js';

/** One page to render: where it goes, which template draws it, and the data the template gets as `it.page`. */
export interface Route {
  /** Site-relative URL path, starting with `/`. */
  path: string;
  /** The file under the output folder. */
  output: string;
  /** Template name in the templates folder, without `.eta`. */
  template: string;
  /** The page's title for `<title>`. */
  title: string;
  data: Record<string, unknown>;
  /** The source path of the article this page shows, for messages about rendering it. */
  source?: string;
  /**
   * The article whose whole record this page shows: `data.article` is the indexed article until the render stage
   * loads the record into it (`withArticleRecord`), just before rendering, so whole records are never all in memory at once.
   */
  article?: IndexedArticle;
}

/**
 * Pages planned together whose routes are made only when they render. The group is fingerprinted by what its pages
 * are made of (`inputs`), which with the template and Dateline's code decides each page's URL, title and data.
 */
export interface RouteGroup {
  /** Template name every page of the group uses. */
  template: string;
  /** The pages' site-relative URL paths, in the order `plan` makes their routes. */
  paths: string[];
  /** What the pages are made of, shared objects included (they stand in by their hash when fingerprinted). */
  inputs(): unknown;
  /** Makes the pages' routes, just before they render. */
  plan(): Route[];
}

/** A page or group of pages of the site, in the order the sitemap lists them. */
export type PlannedPage = Route | RouteGroup;

/** A link to a neighbouring page, or undefined at either end. */
export interface PageLink {
  path: string;
  label: string;
}

const HOME_ARTICLES = 20;
const HOME_QUOTES = 6;

/**
 * Plans every page of the site; throws a plain Error when two pages collide, which would be a bug, unless told the
 * pages were `checked` (they are the last build's, as in an edit its plan covers: the check is a third of planning).
 */
export function planRoutes(index: SiteIndex, { checked = false } = {}): PlannedPage[] {
  const routes: Route[] = [
    route(paths.home(), 'home', '', { latest: index.articles.slice(0, HOME_ARTICLES), quotes: latestQuotes(index, HOME_QUOTES), years: index.years, total: index.articles.length }),
    route(paths.archive(), 'archive', 'Archive', { years: index.years, total: index.articles.length }),
    route(paths.notFound(), '404', 'Page not found', {}),
    route(paths.search(), 'search', 'Search', {}),
  ];
  const chronological = [...index.articles].reverse();
  const detailsOf = articlePeopleAndQuotes(index);
  chronological.forEach((article, position) => {
    const older = chronological[position - 1];
    const newer = chronological[position + 1];
    routes.push({ ...route(paths.article(article), 'article', article.title, { article, ...detailsOf(article), previous: older && articleLink(older), next: newer && articleLink(newer) }), source: article.source, article });
  });
  const years = index.years;
  years.forEach((year, position) => {
    routes.push(route(paths.year(year.year), 'year', year.year, { year, heat: monthHeat(year), previous: neighbour(years[position + 1], yearLink), next: neighbour(years[position - 1], yearLink) }));
  });
  const months = years.flatMap((year) => year.months);
  months.forEach((month, position) => {
    routes.push(route(paths.month(month.month), 'month', monthLabel(month.month), { month, weeks: calendarWeeks(month), previous: neighbour(months[position + 1], monthLink), next: neighbour(months[position - 1], monthLink) }));
  });
  const days = months.flatMap((month) => month.days);
  const sameDay = onThisDay(years);
  days.forEach((day, position) => {
    routes.push(route(paths.day(day.date), 'day', dayLabel(day.date), { day, onThisDay: sameDay.get(day.date) ?? [], previous: neighbour(days[position + 1], dayLink), next: neighbour(days[position - 1], dayLink) }));
  });
  // concat, not push(...): spreading a large archive's pages as arguments overflows the stack.
  const all = (routes as PlannedPage[]).concat(planPeopleRoutes(index, route), planQuoteRoutes(index, route));
  if (!checked) assertUnique(all);
  return all;
}

/** Whether a planned page is a group of routes. */
export function isRouteGroup(page: PlannedPage): page is RouteGroup {
  return 'plan' in page;
}

/** The routes of planned pages, groups planned. */
export function toRoutes(pages: readonly PlannedPage[]): Route[] {
  const routes: Route[] = [];
  for (const page of pages) {
    if (isRouteGroup(page)) for (const planned of page.plan()) routes.push(planned);
    else routes.push(page);
  }
  return routes;
}

function route(path: string, template: string, title: string, data: Record<string, unknown>): Route {
  return { path, output: toOutputPath(path), template, title, data };
}

function neighbour<T>(item: T | undefined, toLink: (item: T) => PageLink): PageLink | undefined {
  return item === undefined ? undefined : toLink(item);
}

function articleLink(article: IndexedArticle): PageLink {
  return { path: paths.article(article), label: article.title };
}
function yearLink(year: YearArchive): PageLink {
  return { path: paths.year(year.year), label: year.year };
}
function monthLink(month: MonthArchive): PageLink {
  return { path: paths.month(month.month), label: monthLabel(month.month) };
}
function dayLink(day: DayArchive): PageLink {
  return { path: paths.day(day.date), label: dayLabel(day.date) };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "January 2020" for `2020-01`. */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "3 January 2020" for `2020-01-03`. */
export function dayLabel(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthLabel(date.slice(0, 7))}`;
}

/** One calendar cell: a day number and how many articles it has, or an empty cell before the 1st. */
export interface CalendarCell {
  day?: number;
  date?: string;
  count: number;
}

/** The month as weeks of seven cells, Monday first, each day with its article count. */
export function calendarWeeks(month: MonthArchive): CalendarCell[][] {
  const year = Number(month.month.slice(0, 4));
  const monthIndex = Number(month.month.slice(5, 7)) - 1;
  const first = new Date(Date.UTC(year, monthIndex, 1));
  const length = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const counts = new Map(month.days.map((day) => [Number(day.date.slice(8, 10)), day.articles.length]));
  const cells: CalendarCell[] = Array.from({ length: (first.getUTCDay() + 6) % 7 }, () => ({ count: 0 }));
  for (let day = 1; day <= length; day++) {
    cells.push({ day, date: `${month.month}-${String(day).padStart(2, '0')}`, count: counts.get(day) ?? 0 });
  }
  while (cells.length % 7) cells.push({ count: 0 });
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

function assertUnique(pages: PlannedPage[]): void {
  const seen = new Map<string, string>();
  const add = (output: string, template: string): void => {
    const other = seen.get(output);
    if (other) throw new Error(`Two pages would be written to ${output}: ${other} and ${template}.`);
    seen.set(output, template);
  };
  for (const page of pages) {
    if (isRouteGroup(page)) for (const path of page.paths) add(toOutputPath(path), page.template);
    else add(page.output, page.template);
  }
}
