/**
 * Which planned pages must render: those whose fingerprint differs from the one the last build recorded for their
 * output (or that it did not make). A group renders whole when any of its pages changed; its pages all carry the
 * group's fingerprint, so a group whose inputs did not change is checked without planning a page of it.
 */
import type { Fingerprinter } from './fingerprint.js';
import { isRouteGroup, type PlannedPage } from './plan-routes.js';
import { toOutputPath } from './urls.js';
import type { ManifestBuilder } from '../write/output-manifest.js';

/**
 * The pages to render, and how many pages were planned in all; records every page's fingerprint in the manifest.
 * `reached[tag]` lists the positions (in `pages`) of the planned pages that embed an object tagged `tag`.
 */
export function changedPages(pages: readonly PlannedPage[], fingerprints: Fingerprinter, templateFingerprints: ReadonlyMap<string, string>, manifest: ManifestBuilder): { changed: PlannedPage[]; planned: number; reached: number[][] } {
  const changed: PlannedPage[] = [];
  const reached: number[][] = [];
  const tags = new Set<number>();
  let planned = 0;
  pages.forEach((page, position) => {
    const template = templateFingerprints.get(page.template) ?? '';
    tags.clear();
    if (isRouteGroup(page)) {
      const fingerprint = fingerprints.group(page, template, tags);
      let same = true;
      // Every page is recorded, so the check does not stop at the first changed one.
      for (const path of page.paths) same = manifest.unchanged(toOutputPath(path), fingerprint) && same;
      if (!same) changed.push(page);
      planned += page.paths.length;
    } else {
      if (!manifest.unchanged(page.output, fingerprints.route(page, template, tags))) changed.push(page);
      planned++;
    }
    for (const tag of tags) (reached[tag] ??= []).push(position);
  });
  return { changed, planned, reached };
}
