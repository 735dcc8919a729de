/// <reference lib="dom" />
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../../src/render/urls.js';
import type { IndexedArticle } from '../../src/types.js';
import { buildFixtureSiteOnDisk, launchBrowser, serveSite, watchErrors, type FixtureSite, type SiteServer } from './browser.js';
import { describeWithBrowser } from './describe-with-browser.js';

const CONTENT = {
  'harbour-budget.md': '---\ntitle: Council approves the harbour budget\ndate: 2019-05-02\n---\n\nThe council approved money on Thursday to repair the old breakwater at the north end of the harbour.\n\n“The fishing fleet has waited long enough for this money,” said Maria Lopez.\n',
  'storm.md': '---\ntitle: Storm floods the harbour front\ndate: 2020-03-10\n---\n\nA storm flooded shops along the harbour front on Tuesday night.\n\n“We will rebuild the pier before the summer season,” said Daniel Chen.\n',
  'market.txt': 'date 2020-06-01\nThe harbour market reopened on Monday with twenty stalls and a fiddler.\n\n“Sales were better than anyone expected,” said Maria Lopez.\n\nA sign on one stall read <img src=x onerror=alert(1)> as a joke about websites.\n',
};

/** Retries an assertion for as long as a page may need on a busy machine. */
function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000 });
}

function byTitle(site: FixtureSite, title: string): IndexedArticle {
  const record = site.result.index!.articles.find((candidate) => candidate.title.startsWith(title));
  if (!record) throw new Error(`No article titled ${title}`);
  return record;
}

/** The result titles and links the search page shows, once it has finished searching. */
async function results(page: Page): Promise<{ title: string; href: string; kind: string }[]> {
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  return page.$$eval('.search-result', (items) =>
    items.map((item) => ({
      title: item.querySelector('.search-result-title')?.textContent ?? '',
      href: item.querySelector('.search-result-title a')?.getAttribute('href') ?? '',
      kind: item.querySelector('.search-result-kind')?.textContent ?? '',
    })),
  );
}

describeWithBrowser('searching a built site in Chromium', (chromium) => {
  let browser: Browser;
  let site: FixtureSite;
  let server: SiteServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(chromium), buildFixtureSiteOnDisk(CONTENT)]);
    server = await serveSite(site.outputDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });
  beforeAll(async () => {
    page = await browser.newPage();
    errors = watchErrors(page);
  });

  it('finds the one article with a word, keeps it when narrowed to a person it names, and opens it', async () => {
    const budget = byTitle(site, 'Council approves');
    await page.goto(server.url(paths.search()));
    await page.fill('#search-q', 'breakwater');
    await poll(async () => (await results(page))[0]?.title).toBe('Council approves the harbour budget');
    await page.selectOption('select[name="person"]', 'Maria Lopez');
    await poll(() => page.url()).toContain('person=Maria+Lopez');
    expect((await results(page)).map((result) => result.title)).toEqual(['Council approves the harbour budget']);
    await page.click('.search-result-title a');
    await page.waitForURL(server.url(paths.article(budget)));
    expect(await page.textContent('h1')).toBe('Council approves the harbour budget');
    expect(errors).toEqual([]);
  });

  it('finds a word only one shard holds without the stand-ins Pagefind gives for it in the other shards', async () => {
    // The fixture's three months are three shards. Only the market's holds "onerror"; the others hold "on", which
    // Pagefind would stand in for it there.
    const market = 'The harbour market reopened on Monday with twenty stalls and a fiddler';
    await page.goto(server.url('/search/?q=onerror'));
    expect((await results(page)).map((result) => result.title)).toEqual([market]);
    await page.goto(server.url('/search/?q=onerror&sort=newest'));
    expect((await results(page)).map((result) => result.title)).toEqual([market]);
  });

  it('narrows a word found in several articles to those naming the chosen person', async () => {
    await page.goto(server.url('/search/?q=harbour&kind=article'));
    expect(await results(page)).toHaveLength(3);
    await page.selectOption('select[name="person"]', 'Daniel Chen');
    await poll(async () => (await results(page)).map((result) => result.title)).toEqual(['Storm floods the harbour front']);
  });

  it('finds a phrase someone said as a quote and opens the quote’s own page', async () => {
    const storm = byTitle(site, 'Storm floods');
    const quote = site.result.index!.quotes.find((candidate) => candidate.article === storm.id && candidate.text.includes('rebuild the pier'));
    expect(quote?.speaker.name).toBe('Daniel Chen');
    await page.goto(server.url('/search/?q=rebuild+the+pier'));
    const [first] = await results(page);
    expect(first).toMatchObject({ kind: 'Quote', title: 'Daniel Chen', href: paths.quote(quote!.id) });
    const quotePage = server.url(paths.quote(quote!.id));
    const [response] = await Promise.all([page.waitForResponse(quotePage), page.click('.search-result-title a')]);
    await page.waitForURL(quotePage);
    expect(response.status()).toBe(200);
    expect(await page.textContent('main')).toContain(quote!.text);
  });

  it('filters by year and kind, and sorts by date on request', async () => {
    await page.goto(server.url('/search/?q=harbour&kind=article&sort=oldest'));
    expect((await results(page)).map((result) => result.title)).toEqual(['Council approves the harbour budget', 'Storm floods the harbour front', 'The harbour market reopened on Monday with twenty stalls and a fiddler']);
    await page.selectOption('select[name="sort"]', 'newest');
    await poll(async () => (await results(page)).map((result) => result.title)).toEqual(['The harbour market reopened on Monday with twenty stalls and a fiddler', 'Storm floods the harbour front', 'Council approves the harbour budget']);
    await page.selectOption('select[name="year"]', '2020');
    await poll(async () => (await results(page)).length).toBe(2);
    await page.goto(server.url('/search/?q=lopez&kind=quote'));
    expect((await results(page)).map((result) => result.kind)).toEqual(['Quote', 'Quote']);
  });

  it('runs the search a link asks for, with its filters chosen in the form', async () => {
    await page.goto(server.url('/search/?q=harbour&kind=article&person=Daniel+Chen'));
    expect((await results(page)).map((result) => result.title)).toEqual(['Storm floods the harbour front']);
    expect(await page.inputValue('#search-q')).toBe('harbour');
    expect(await page.inputValue('select[name="person"]')).toBe('Daniel Chen');
  });

  it('shows article text in results as text, never as markup', async () => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(server.url('/search/?q=onerror'));
    expect(await results(page)).toHaveLength(1);
    expect(await page.textContent('.search-result-excerpt')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.$$('.search-results img')).toEqual([]);
    expect(await page.$$eval('.search-result-excerpt mark', (marks) => marks.map((mark) => mark.textContent))).toEqual(['onerror=alert(1)>']);
    expect(dialogs).toBe(0);
  });

  it('takes a search from the header box of any page to the search page, even without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(server.url('/'));
    await plain.fill('#site-search-q', 'fiddler');
    await plain.press('#site-search-q', 'Enter');
    await plain.waitForURL(server.url('/search/?q=fiddler'));
    expect(await plain.textContent('noscript')).toContain('needs JavaScript');
    await context.close();
  });
});

describeWithBrowser('searching a site deployed under a base path', (chromium) => {
  let browser: Browser;
  let site: FixtureSite;
  let unsearchable: FixtureSite;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, site, unsearchable] = await Promise.all([
      launchBrowser(chromium),
      buildFixtureSiteOnDisk(CONTENT, { baseUrl: 'https://example.org/archive/' }),
      buildFixtureSiteOnDisk(CONTENT, { search: false }),
    ]);
    server = await serveSite(site.outputDir, '/archive/');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
    await unsearchable?.remove();
  });

  it('searches from the header box and opens results under the base path', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/'));
    await page.fill('#site-search-q', 'breakwater');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(server.url('/search/?q=breakwater'));
    const budget = byTitle(site, 'Council approves');
    expect(await results(page)).toMatchObject([{ title: budget.title, href: `/archive${paths.article(budget)}` }]);
    await page.click('.search-result-title a');
    await page.waitForURL(server.url(paths.article(budget)));
    expect(await page.textContent('h1')).toBe(budget.title);
    expect(errors).toEqual([]);
  });

  it('says so on the search page when the site was built with search turned off', async () => {
    expect(existsSync(path.join(unsearchable.outputDir, 'pagefind'))).toBe(false);
    const plain = await serveSite(unsearchable.outputDir);
    const page = await browser.newPage();
    await page.goto(plain.url('/search/?q=harbour'));
    await poll(() => page.textContent('[data-search-status]')).toContain('built without its search index');
    await plain.close();
  });
});
