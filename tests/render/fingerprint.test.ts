import { describe, expect, it } from 'vitest';
import { createFingerprinter, digest } from '../../src/render/fingerprint.js';
import type { Route } from '../../src/render/plan-routes.js';

function route(data: Record<string, unknown>): Route {
  return { path: '/2020/', output: '2020/index.html', template: 'year', title: '2020', data };
}

describe('createFingerprinter', () => {
  it('gives equal data equal fingerprints in two builds, whether the objects are new or shared', () => {
    const make = () => ({ title: 'A', quotes: [{ text: 'x' }] });
    const first = createFingerprinter('site');
    const second = createFingerprinter('site');
    const [one, two] = [make(), make()];
    first.share([one]);
    second.share([two]);
    expect(first.route(route({ articles: [one, { title: 'B' }] }), 't')).toBe(second.route(route({ articles: [two, { title: 'B' }] }), 't'));
    expect(createFingerprinter('site').route(route({ articles: [make()] }), 't')).toBe(createFingerprinter('site').route(route({ articles: [make()] }), 't'));
  });

  it('changes when the data, the template set or the site settings change', () => {
    const base = createFingerprinter('site').route(route({ count: 1 }), 't');
    expect(createFingerprinter('site').route(route({ count: 2 }), 't')).not.toBe(base);
    expect(createFingerprinter('site').route(route({ count: 1 }), 'u')).not.toBe(base);
    expect(createFingerprinter('other site').route(route({ count: 1 }), 't')).not.toBe(base);
  });

  it('collects the tags of the objects a route embeds, inside shared objects too, and none of a copy', () => {
    const fingerprints = createFingerprinter('site');
    const [first, second] = [{ id: 'a', key: 'k1' }, { id: 'b', key: 'k2' }];
    const day = { date: '2020-01-01', articles: [first] };
    const month = { month: '2020-01', days: [day] };
    fingerprints.tag([first, second]);
    fingerprints.share([first, second]);
    fingerprints.share([day]);
    fingerprints.share([month]);
    const tagsOf = (data: Record<string, unknown>): number[] => {
      const tags = new Set<number>();
      fingerprints.route(route(data), 't', tags);
      return [...tags].sort();
    };
    expect(tagsOf({ month })).toEqual([0]);
    expect(tagsOf({ latest: [second], month })).toEqual([0, 1]);
    expect(tagsOf({ article: { ...first } })).toEqual([]);
    const groupTags = new Set<number>();
    fingerprints.group({ template: 't', paths: ['/x/'], inputs: () => [[day, { title: 'no article' }]], plan: () => [] }, 't', groupTags);
    expect([...groupTags]).toEqual([0]);
  });

  it('sees a change deep inside a shared object made before it was shared', () => {
    const article = { title: 'A', quotes: [{ text: 'x' }] };
    const first = createFingerprinter('site');
    first.share([article]);
    const before = first.route(route({ article }), 't');
    article.quotes[0].text = 'y';
    const second = createFingerprinter('site');
    second.share([article]);
    expect(second.route(route({ article }), 't')).not.toBe(before);
  });

  it('fingerprints a data file’s inputs by the content of the shared objects in them and the site', () => {
    const make = () => [{ id: 'q1', text: 'x' }];
    const of = (quotes: { id: string; text: string }[], site = 'site') => {
      const fingerprints = createFingerprinter(site);
      fingerprints.share(quotes);
      return fingerprints.data([quotes, [['a', '/a/']]]);
    };
    const changed = make();
    changed[0].text = 'y';
    expect(of(make())).toBe(of(make()));
    expect(of(changed)).not.toBe(of(make()));
    expect(of(make(), 'other site')).not.toBe(of(make()));
  });

  it('hashes a shared object that has a content key by that key alone, apart from any content', () => {
    const keyed = (title: string, key: string | undefined) => {
      const article = { title };
      const fingerprints = createFingerprinter('site');
      fingerprints.share([article], () => key);
      return fingerprints.route(route({ article }), 't');
    };
    // The key decides: a different title under the same key is taken to be the same object.
    expect(keyed('A', 'k1')).toBe(keyed('B', 'k1'));
    expect(keyed('A', 'k2')).not.toBe(keyed('A', 'k1'));
    // Without a key the content is hashed, and a key never passes for a content.
    expect(keyed('A', undefined)).not.toBe(keyed('B', undefined));
    expect(keyed('k1', undefined)).not.toBe(keyed('A', 'k1'));
  });
  it('encodes data as JSON does, each shared object standing in by its hash, whatever the values are', () => {
    class Point {
      constructor(readonly x: number) {}
    }
    const shared = { id: 's', nested: { deep: [1, 2] } };
    const tricky = (member: unknown) => ({
      'a "quoted" key\n': [undefined, () => 1, Symbol('s'), null, Number.NaN, -0, 'é\u2028"', [[member]]],
      skipped: undefined,
      fn: () => 1,
      when: new Date(Date.UTC(2020, 0, 2)),
      map: new Map([['k', 'v']]),
      point: new Point(3),
      bare: Object.assign(Object.create(null) as object, { member, n: 1 }),
      own: { toJSON: () => 'custom' },
      member,
    });
    const fingerprints = createFingerprinter('site');
    fingerprints.share([shared]);
    const head = JSON.stringify(['site', 't', '/2020/', '2020/index.html', 'year', '2020']);
    const inItsPlace = `#${digest(JSON.stringify(shared))}`;
    expect(fingerprints.route(route(tricky(shared)), 't')).toBe(digest(`${head}\n${JSON.stringify(tricky(inItsPlace))}`));
    expect(fingerprints.data([shared, tricky(shared)])).toBe(digest(`${JSON.stringify('site')}\n${JSON.stringify([inItsPlace, tricky(inItsPlace)])}`));
  });
});
