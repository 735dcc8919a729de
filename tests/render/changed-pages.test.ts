import { describe, expect, it } from 'vitest';
import { changedPages } from '../../src/render/changed-pages.js';
import { createFingerprinter } from '../../src/render/fingerprint.js';
import { isRouteGroup, planRoutes, toRoutes, type PlannedPage, type RouteGroup } from '../../src/render/plan-routes.js';
import { sharedGroups } from '../../src/render/shared-groups.js';
import { buildIndex } from '../../src/index/build-index.js';
import { startManifest, type OutputManifest } from '../../src/write/output-manifest.js';
import type { ArticleRecord, SiteIndex } from '../../src/types.js';
import { person, quote, record } from '../helpers/records.js';

/** Two articles by different speakers, the first with two quotes; `edit` changes what the second says. */
function archive(edit = false): ArticleRecord[] {
  return [
    record('2020-01-01', 'first', { people: [person('Ann Marsh')], quotes: [quote('a1', 'We will wait.', 'Ann Marsh'), quote('a2', 'Then we act.', 'Ann Marsh')] }),
    record('2020-01-02', 'second', { people: [person('Zed Oz')], quotes: [quote('z1', edit ? 'Nothing changed.' : 'Everything changed.', 'Zed Oz')] }),
  ];
}

/** Plans and fingerprints a build of the index against the last build's manifest, counting the groups planned. */
function plan(index: SiteIndex, previous?: OutputManifest): { changed: PlannedPage[]; planned: number; manifest: OutputManifest; groupsPlanned: number } {
  const pages = planRoutes(index);
  let groupsPlanned = 0;
  for (const group of pages.filter(isRouteGroup)) {
    const made = group.plan;
    group.plan = () => (groupsPlanned++, made());
  }
  const fingerprints = createFingerprinter('site');
  const { groups, keys } = sharedGroups(index);
  groups.forEach((group, position) => fingerprints.share(group, keys[position]));
  const builder = startManifest(previous);
  const { changed, planned } = changedPages(pages, fingerprints, new Map([['quote', 'q-templates']]), builder);
  return { changed, planned, groupsPlanned, manifest: builder.finish('b', 'i', { articles: 2, pages: planned, dropped: 0, problems: [] }) };
}

describe('changedPages', () => {
  it('plans quote permalinks in one group per article, with the routes they had as single pages', () => {
    const groups = planRoutes(buildIndex(archive()).index).filter((page) => isRouteGroup(page) && page.template === 'quote') as RouteGroup[];
    expect(groups.map((group) => group.paths)).toEqual([['/quotes/z1/'], ['/quotes/a1/', '/quotes/a2/']]);
    const routes = groups.flatMap((group) => group.plan());
    expect(routes.map((route) => [route.path, route.output, route.template])).toEqual([
      ['/quotes/z1/', 'quotes/z1/index.html', 'quote'],
      ['/quotes/a1/', 'quotes/a1/index.html', 'quote'],
      ['/quotes/a2/', 'quotes/a2/index.html', 'quote'],
    ]);
    expect(routes[0].title).toBe('“Everything changed.” — Zed Oz');
  });

  it('renders every page of a first build and counts each page of a group', () => {
    const index = buildIndex(archive()).index;
    const { changed, planned } = plan(index);
    expect(planned).toBe(toRoutes(planRoutes(index)).length);
    expect(changed.length).toBe(planRoutes(index).length);
  });

  it('renders only the group whose quote changed, and plans no page of the others', () => {
    const { manifest } = plan(buildIndex(archive()).index);
    const again = plan(buildIndex(archive(true)).index, manifest);
    // The second article's quote, and the page of the person who said it.
    expect(again.changed.filter(isRouteGroup).map((group) => group.paths)).toEqual([['/people/zed-oz/'], ['/quotes/z1/']]);
    expect(again.groupsPlanned).toBe(0);
    expect([...again.manifest.files.keys()].sort()).toEqual([...manifest.files.keys()].sort());
  });

  it('renders a group again when its template set changed or a page of it is missing from the last build', () => {
    const { manifest } = plan(buildIndex(archive()).index);
    const index = buildIndex(archive()).index;
    const fingerprints = createFingerprinter('site');
    const { groups, keys } = sharedGroups(index);
    groups.forEach((group, position) => fingerprints.share(group, keys[position]));
    const renamed = changedPages(planRoutes(index), fingerprints, new Map([['quote', 'other templates']]), startManifest(manifest));
    expect(renamed.changed.filter(isRouteGroup).map((group) => group.template)).toEqual(['quote', 'quote']);
    const files = new Map(manifest.files);
    files.delete('quotes/a2/index.html');
    const missing = plan(buildIndex(archive()).index, { ...manifest, files });
    expect(missing.changed.filter(isRouteGroup).map((group) => group.paths)).toEqual([['/quotes/a1/', '/quotes/a2/']]);
  });

  it('renders the quote pages and the page of a person whose name changed', () => {
    const { manifest } = plan(buildIndex(archive()).index);
    const index = buildIndex(archive()).index;
    index.people.find((each) => each.slug === 'ann-marsh')!.name = 'Ann Marsh-Oz';
    expect(plan(index, manifest).changed.filter(isRouteGroup).map((group) => group.paths)).toEqual([['/people/ann-marsh/'], ['/quotes/a1/', '/quotes/a2/']]);
  });
});
