/**
 * The pages to render after an edit the last build's plan covers: no article's indexed content changed (the
 * summary but its cache key and word count, `indexedContentDigest`), nor the templates, settings, code or people
 * file, so the index is the last build's but for the edited articles' keys and word counts. Only the pages that
 * embed one of those articles (found by the last full plan's tags: its own page, its day, month and year, the day
 * pages listing it as "on this day", the home page) can differ; every other page keeps its entry without being
 * fingerprinted, which is most of an edit's planning at 10,000 articles.
 */
import type { PagePlan, ManifestBuilder } from '../write/output-manifest.js';
import { isRouteGroup, type PlannedPage } from './plan-routes.js';
import { toOutputPath } from './urls.js';

/**
 * What a page that renders because an edited article reaches it records as its inputs: no fingerprint matches it,
 * so a later full plan renders the page again (and writes it only if its bytes differ).
 */
const REACHED = '';

/** The pages to render (those reaching an article whose key changed, or missing from the last build), and how many were planned. */
export function editedPages(pages: readonly PlannedPage[], previous: PagePlan, keys: readonly string[], manifest: ManifestBuilder): { changed: PlannedPage[]; planned: number } {
  const reached = new Set<number>();
  keys.forEach((key, article) => {
    if (key !== previous.keys[article]) for (const position of previous.reached[article] ?? []) reached.add(position);
  });
  const changed: PlannedPage[] = [];
  let planned = 0;
  pages.forEach((page, position) => {
    const group = isRouteGroup(page);
    planned += group ? page.paths.length : 1;
    if (reached.has(position)) {
      if (group) for (const path of page.paths) manifest.unchanged(toOutputPath(path), REACHED);
      else manifest.unchanged(page.output, REACHED);
      changed.push(page);
      return;
    }
    let kept = true;
    // Every page is kept that can be, so the check does not stop at the first missing one.
    if (group) for (const path of page.paths) kept = manifest.keep(toOutputPath(path)) && kept;
    else kept = manifest.keep(page.output);
    if (!kept) changed.push(page);
  });
  return { changed, planned };
}
