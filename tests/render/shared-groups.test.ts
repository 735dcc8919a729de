import { describe, expect, it } from 'vitest';
import { byJson, byMembers, sharedGroups } from '../../src/render/shared-groups.js';
import { createFingerprinter, type Fingerprinter } from '../../src/render/fingerprint.js';
import { toQuoteEntries } from '../../src/render/plan-quote-routes.js';
import { buildIndex } from '../../src/index/build-index.js';
import type { Route } from '../../src/render/plan-routes.js';
import type { ArticleRecord, SiteIndex } from '../../src/types.js';
import { person, quote, record } from '../helpers/records.js';

function archive(words = 'We will wait.', title = 'first', speaker = 'Ann Marsh'): ArticleRecord[] {
  return [
    record('2020-01-01', 'first', { title, people: [person(speaker)], quotes: [quote('a1', words, speaker)] }),
    record('2020-01-02', 'second', { people: [person('Zed Oz')], quotes: [quote('z1', 'Everything changed.', 'Zed Oz')] }),
  ];
}

/** A fingerprinter with the index's shared groups registered as a build registers them. */
function shared(index: SiteIndex): Fingerprinter {
  const fingerprints = createFingerprinter('site');
  const { groups, keys } = sharedGroups(index);
  groups.forEach((group, position) => fingerprints.share(group, keys[position]));
  return fingerprints;
}

/** The fingerprint of a page showing the first quote's entry, as quote pages embed it. */
function entryPage(index: SiteIndex): string {
  const page: Route = { path: '/q/', output: 'q/index.html', template: 'quote', title: 'q', data: { entry: toQuoteEntries(index).get('a1') } };
  return shared(index).route(page, 't');
}

describe('sharedGroups', () => {
  it('lists each group before the groups whose objects hold its members', () => {
    const index = buildIndex(archive()).index;
    const { groups, keys } = sharedGroups(index);
    expect(groups).toHaveLength(keys.length);
    const position = new Map(groups.flatMap((group, at) => group.map((object) => [object, at] as const)));
    for (const [at, group] of groups.entries()) {
      for (const object of group) {
        for (const member of Object.values(object)) if (position.has(member)) expect(position.get(member)).toBeLessThan(at);
      }
    }
    // The quote entries are made of shared objects only, so their members' hashes decide them.
    const entries = groups.at(-1)!;
    expect(entries.every((entry) => Object.values(entry).every((member) => position.has(member)))).toBe(true);
  });

  it('gives a quote entry a new fingerprint when its quote, its article or its speaker changes, and the same one otherwise', () => {
    const base = entryPage(buildIndex(archive()).index);
    expect(entryPage(buildIndex(archive()).index)).toBe(base);
    expect(entryPage(buildIndex(archive('We will not wait.')).index)).not.toBe(base);
    expect(entryPage(buildIndex(archive(undefined, 'First of all')).index)).not.toBe(base);
    const renamed = buildIndex(archive()).index;
    renamed.people.find((each) => each.slug === 'ann-marsh')!.name = 'Ann Marsh-Oz';
    expect(entryPage(renamed)).not.toBe(base);
  });

  it('keys an object by its members’ hashes only when every member is shared', () => {
    const quoteObject = { text: 'x' };
    const hashes = new Map<unknown, string>([[quoteObject, '#q']]);
    const hashOf = (member: unknown) => hashes.get(member);
    expect(byMembers({ quote: quoteObject }, hashOf)).toBe('"quote":#q\n');
    expect(byMembers({ quote: quoteObject, count: 1 }, hashOf)).toBeUndefined();
    expect(byJson({ slug: 'a', articles: ['1', '2'] }, hashOf)).toBe('{"slug":"a","articles":["1","2"]}');
  });
});
