/** Splits long lists into numbered pages whose URLs follow one pattern, so page N is always at the same address. */
import type { PageLink } from './plan-routes.js';

/** One page of a list: its items, its number (from 1), how many pages there are, and links to its neighbours. */
export interface ListPage<T> {
  items: T[];
  pageNumber: number;
  pageCount: number;
  previous?: PageLink;
  next?: PageLink;
}

/** Cuts `items` into pages of `size` (at least one page, even when empty); `pathOf(n)` is page n's path. */
export function paginate<T>(items: T[], size: number, pathOf: (page: number) => string): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    const page: ListPage<T> = { items: items.slice(index * size, (index + 1) * size), pageNumber, pageCount };
    if (pageNumber > 1) page.previous = { path: pathOf(pageNumber - 1), label: pageNumber === 2 ? 'Newest' : `Page ${pageNumber - 1}` };
    if (pageNumber < pageCount) page.next = { path: pathOf(pageNumber + 1), label: `Page ${pageNumber + 1}` };
    return page;
  });
}
