import { describe, expect, it } from 'vitest';
import { editedPages } from '../../src/render/edited-pages.js';
import type { PlannedPage, Route, RouteGroup } from '../../src/render/plan-routes.js';
import { startManifest, type FileEntry, type OutputManifest } from '../../src/write/output-manifest.js';

function route(path: string): Route {
  return { path, output: `${path.slice(1)}index.html`, template: 't', title: path, data: {} };
}

function group(paths: string[]): RouteGroup {
  return { template: 'g', paths, inputs: () => [], plan: () => paths.map(route) };
}

/** The last build's manifest: every page of `pages` with fingerprint "f" and bytes "b". */
function lastBuild(pages: PlannedPage[]): OutputManifest & { files: Map<string, FileEntry> } {
  const outputs = pages.flatMap((page) => ('paths' in page ? page.paths.map((path) => `${path.slice(1)}index.html`) : [page.output]));
  return { buildId: 'b', inputs: 'i', files: new Map(outputs.map((output) => [output, ['f', 'b']])), report: { articles: 2, pages: outputs.length, dropped: 0, problems: [] } };
}

describe('editedPages', () => {
  const pages: PlannedPage[] = [route('/a/'), route('/b/'), group(['/q/1/', '/q/2/']), route('/day/')];
  // Article 0 is on page /a/ and the day page; article 1 on /b/ and in the quote group.
  const plan = { inputs: 'p', keys: ['k0', 'k1'], reached: [[0, 3], [1, 2]] };

  it('renders only the pages that reach an article whose key changed, and keeps every other page’s entry', () => {
    const builder = startManifest(lastBuild(pages));
    const { changed, planned } = editedPages(pages, plan, ['k0', 'k1 edited'], builder);
    expect(changed).toEqual([pages[1], pages[2]]);
    expect(planned).toBe(5);
    const files = builder.finish('c', 'i', { articles: 2, pages: 5, dropped: 0, problems: [] }).files;
    // A rendered page's inputs match no fingerprint, so a later full plan renders it again.
    expect(Object.fromEntries(files)).toEqual({ 'a/index.html': ['f', 'b'], 'b/index.html': ['', ''], 'q/1/index.html': ['', ''], 'q/2/index.html': ['', ''], 'day/index.html': ['f', 'b'] });
    expect(builder.stale()).toEqual([]);
  });

  it('renders a page the last build did not leave, and nothing when no key changed', () => {
    const previous = lastBuild(pages);
    previous.files.delete('q/2/index.html');
    expect(editedPages(pages, plan, ['k0', 'k1'], startManifest(previous)).changed).toEqual([pages[2]]);
    expect(editedPages(pages, plan, ['k0', 'k1'], startManifest(lastBuild(pages))).changed).toEqual([]);
  });
});
