import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderSitemap, toSitemapPages } from '../../src/render/render-sitemap.js';
import type { Route } from '../../src/render/plan-routes.js';
import type { Config } from '../../src/config/load-config.js';

const config = { basePath: '/archive/', origin: 'https://example.org' } as Config;
const routes = ['/', '/404.html', '/a/', '/b/', '/c/', '/d/', '/e/'].map((path): Route => ({ path, output: '', template: 'x', title: '', data: {} }));
const xml = new XMLParser();

describe('renderSitemap', () => {
  it('lists every page but the 404 page with absolute URLs', async () => {
    const [file] = await renderSitemap(toSitemapPages(routes, config), config);
    expect(file.path).toBe('sitemap.xml');
    expect(XMLValidator.validate(String(file.contents))).toBe(true);
    expect(xml.parse(String(file.contents)).urlset.url.map((url: { loc: string }) => url.loc)).toEqual(['/', '/a/', '/b/', '/c/', '/d/', '/e/'].map((path) => `https://example.org/archive${path}`));
  });

  it('splits past the limit into numbered sitemaps under a sitemap index', async () => {
    const files = await renderSitemap(toSitemapPages(routes, config), config, 4);
    expect(files.map((file) => file.path)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    const index = xml.parse(String(files[2].contents)).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(index).toEqual(['https://example.org/archive/sitemap-1.xml', 'https://example.org/archive/sitemap-2.xml']);
    expect([files[0], files[1]].map((file) => [xml.parse(String(file.contents)).urlset.url].flat().length)).toEqual([4, 2]);
  });

  it('writes nothing without an origin', async () => {
    expect(await renderSitemap(toSitemapPages(routes, config), { ...config, origin: '' })).toEqual([]);
    expect(toSitemapPages(routes, { ...config, origin: '' })).toEqual([]);
  });
});
