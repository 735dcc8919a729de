/**
 * The fixture archive and the sample site (content/) as they are published: no broken internal link or anchor, no
 * page the home page does not lead to, and no error from the W3C Nu HTML Checker on any page or in the stylesheet.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentOnDisk, buildFixtureSiteOnDisk, type FixtureSite } from './browser.js';
import { describeWithTool } from './describe-with-tool.js';
import { FIXTURE_CONTENT } from './fixture-content.js';
import { checkCss, checkHtml, findJava } from './html-checker.js';
import { crawlSite, readSiteFiles } from '../helpers/crawl-site.js';

const SAMPLE_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const THEME_ASSETS = fileURLToPath(new URL('../../templates/assets/', import.meta.url));

describe('the published sites', () => {
  const sites = {} as Record<'fixture' | 'sample', FixtureSite>;
  beforeAll(async () => {
    // The fixture is deployed under a path and an origin, so canonical links and the base path are crawled too.
    [sites.fixture, sites.sample] = await Promise.all([buildFixtureSiteOnDisk(FIXTURE_CONTENT, { baseUrl: 'https://example.org/archive/' }), buildContentOnDisk(SAMPLE_CONTENT)]);
  });
  afterAll(() => Promise.all(Object.values(sites).map((site) => site.remove())));

  it.each([
    ['fixture', { basePath: '/archive/', origin: 'https://example.org' }],
    ['sample', { basePath: '/' }],
  ] as const)('the %s site links only to files and anchors that exist, and the home page leads to every page', async (name, deployment) => {
    const files = await readSiteFiles(sites[name].outputDir);
    const crawl = crawlSite(files, deployment);
    expect(crawl.broken).toEqual([]);
    expect(crawl.unreachable).toEqual([]);
    expect(crawl.reached.size).toBeGreaterThan(name === 'fixture' ? 150 : 20);
  });

  describeWithTool('checked by the W3C Nu HTML Checker', findJava(), (java) => {
    it('finds no errors in any page of the fixture or the sample site', async () => {
      expect(await checkHtml([sites.fixture.outputDir, sites.sample.outputDir], java.executablePath)).toEqual([]);
    }, 180_000);

    it('finds no errors in the default theme\'s stylesheet', async () => {
      expect(await checkCss([THEME_ASSETS], java.executablePath)).toEqual([]);
    }, 180_000);
  });
});
