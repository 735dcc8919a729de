/**
 * Whole-site tests of the archive around the articles: people, quotes, feeds, sitemap, metadata and data files.
 * The who-said-what extractor is replaced by a small fake (tests/helpers/fake-who-said-what.ts), so these test
 * the archive whatever the extractor finds; tests/site/sample-site.test.ts checks the sample with the real one.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildFixtureSite, type BuiltSite } from '../helpers/site.js';
import { crawlSite } from '../helpers/crawl-site.js';

vi.mock('../../src/extract/extract-who-said-what.js', async () => {
  const { fakeWhoSaidWhat } = await import('../helpers/fake-who-said-what.js');
  return { extractWhoSaidWhat: fakeWhoSaidWhat };
});

const SAMPLE = readFileSync(fileURLToPath(new URL('../../content/2020-01-03-suleimani-killed-in-baghdad-airstrike.txt', import.meta.url)), 'utf8');
const BASE = 'https://example.org/archive/';

/** A small archive: the sample, a follow-up repeating a quote, a hostile article on the same day a year later. */
const CONTENT: Record<string, string> = {
  '2020-01-03-sample.txt': SAMPLE,
  '2020-01-04-follow-up.md': [
    '---',
    'title: "Congress <b>reacts</b> to the strike"',
    'date: 2020-01-04',
    'author: Jane Doe',
    'source: Example Wire',
    'url: "https://example.org/wire/follow-up"',
    '---',
    '',
    'Speaker Nancy Pelosi said Donald Trump acted *without* consulting Congress.',
    '',
    '“God help us.” Kelly Magsamen wrote again on Twitter, a day after Trump ordered the strike.',
  ].join('\n'),
  '2021-01-03-anniversary.txt': [
    'date 2021-01-03 A year later, Ann <Evil> & Co spoke about the strike.',
    '',
    '“</script><script>alert(1)</script> ]]> and ]]> again \u0007,” Ann <Evil> & Co said.',
  ].join('\n'),
  '2019-06-01-ivanka.txt': 'date 2019-06-01 Ivanka Trump visited the factory. “We are proud,” Ivanka Trump said.',
};

const documentOf = (site: BuiltSite, file: string): HTMLElement => parse(site.page(file));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function outputFor(url: string): string | undefined {
  const local = url.startsWith(BASE) ? url.slice(BASE.length) : url.startsWith('/archive/') ? url.slice('/archive/'.length) : undefined;
  if (local === undefined) return undefined;
  const pathPart = local.split('#')[0];
  return pathPart === '' || pathPart.endsWith('/') ? `${pathPart}index.html` : pathPart;
}

function jsonLdOf(site: BuiltSite, file: string): Array<Record<string, any>> {
  return documentOf(site, file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent));
}

describe('the archive around the articles', async () => {
  const site = await buildFixtureSite(CONTENT, { baseUrl: BASE });
  const files = [...site.files.keys()];
  const sampleFile = files.find((file) => file.startsWith('2020/01/03/') && file !== '2020/01/03/index.html')!;
  const followUpFile = '2020/01/04/congress-b-reacts-b-to-the-strike/index.html';

  it('builds without problems', () => {
    expect(site.result.problems).toEqual([]);
    expect(site.files.has(followUpFile)).toBe(true);
  });

  it('reaches every page, person, quote and feed by links from the home page', () => {
    const { reached, broken } = crawlSite(site.files, { basePath: '/archive/', origin: 'https://example.org' });
    expect(broken).toEqual([]);
    const wanted = files.filter((file) => (file.endsWith('.html') && file !== '404.html') || /(^|\/)feed\.(xml|json)$|^rss\.xml$/.test(file));
    expect(wanted.filter((file) => file.startsWith('people/')).length).toBeGreaterThan(10);
    expect(wanted.filter((file) => file.startsWith('quotes/')).length).toBe(9);
    expect(wanted.filter((file) => !reached.has(file))).toEqual([]);
  });

  it('links every person of the sample once, at their first mention, and marks its five quote spans', () => {
    const body = documentOf(site, sampleFile).querySelector('.article-body')!;
    const people = body.querySelectorAll('a.person-link').map((link) => link.getAttribute('href'));
    expect(people).toHaveLength(7);
    expect(new Set(people).size).toBe(7);
    expect(body.querySelector('a.person-link')!.textContent).toBe('Qassem Suleimani');
    const quotes = body.querySelectorAll('[id^="q-"]');
    expect(quotes).toHaveLength(5);
    expect(quotes.every((quote) => quote.tagName === 'Q')).toBe(true);
    expect(body.querySelector('q')!.textContent).toBe('This strike was aimed at deterring future Iranian attack plans,');
  });

  it("lists the article's people and quotes, and cites it", () => {
    const page = documentOf(site, sampleFile);
    expect(page.querySelectorAll('.article-people li')).toHaveLength(7);
    const quoteLinks = page.querySelectorAll('.article-quotes blockquote a').map((link) => link.getAttribute('href'));
    expect(quoteLinks).toHaveLength(5);
    for (const href of quoteLinks) expect(page.querySelector(`[id="${href!.slice(1)}"]`), href).not.toBeNull();
    expect(page.querySelector('.cite-this p')!.textContent).toContain(`${BASE}2020/01/03/`);
  });

  it("shows Kelly Magsamen's quote spans on her page, each linking back to its paragraph", () => {
    const page = documentOf(site, 'people/kelly-magsamen/index.html');
    const links = page.querySelectorAll('.timeline blockquote a').map((link) => link.getAttribute('href')!);
    expect(links).toHaveLength(3);
    const inSample = links.filter((href) => href.startsWith(`/archive/${sampleFile.replace('index.html', '')}#q-`));
    expect(inSample).toHaveLength(2);
    const article = documentOf(site, sampleFile);
    for (const href of inSample) expect(article.querySelector(`[id="${href.split('#')[1]}"]`)).not.toBeNull();
    expect(page.querySelector('.lede')!.textContent).toContain('Named in 2 articles from 3 January 2020 to 4 January 2020; quoted 3 times.');
  });

  it('merges a surname alone into the one person with that surname, but not across two people sharing it', () => {
    const people = JSON.parse(site.page('data/people.json')) as Array<{ slug: string; name: string; aliases: string[]; articles: string[] }>;
    const trumps = people.filter((person) => person.name.endsWith('Trump'));
    expect(trumps.map((person) => person.slug).sort()).toEqual(['donald-trump', 'ivanka-trump']);
    expect(trumps.find((person) => person.slug === 'donald-trump')!.articles).toHaveLength(2);
  });

  it('shows a quote reported twice once on /quotes/, and links the reports to each other', () => {
    const listed = documentOf(site, 'quotes/index.html').querySelectorAll('.quote-list blockquote').map((quote) => quote.textContent.trim());
    expect(listed.filter((text) => text === 'God help us.')).toHaveLength(1);
    const quotes = site.page('data/quotes.jsonl').trim().split('\n').map((line) => JSON.parse(line));
    const reports = quotes.filter((quote) => quote.text === 'God help us.');
    expect(reports).toHaveLength(2);
    const later = documentOf(site, `quotes/${reports.find((quote) => !quote.primary).id}/index.html`);
    expect(later.querySelector('.also-reported a')!.getAttribute('href')).toContain(`#q-${reports.find((quote) => quote.primary).id}`);
  });

  it('gives each quote a permalink page with its speaker, article, sentence and citation', () => {
    const kelly = JSON.parse(site.page('data/quotes.jsonl').trim().split('\n').find((line) => line.includes('I worked the Iran account'))!);
    const page = documentOf(site, `quotes/${kelly.id}/index.html`);
    expect(page.querySelector('.quote-full figcaption a')!.getAttribute('href')).toBe('/archive/people/kelly-magsamen/');
    expect(page.querySelector('.quote-context mark')!.textContent).toBe(kelly.text);
    // Shown on its own, the quote drops the comma that led into "Kelly Magsamen … wrote"; its context keeps it.
    expect(kelly.text).toMatch(/contingencies,$/);
    expect(page.querySelector('.quote-full blockquote p')!.textContent).toBe(kelly.text.slice(0, -1));
    expect(page.querySelector('.quote-context p a')!.getAttribute('href')).toBe(`/archive/${sampleFile.replace('index.html', '')}#q-${kelly.id}`);
    expect(page.querySelector('.cite-this p')!.textContent).toMatch(/^Kelly Magsamen, quoted in “Gen\. Qassem Suleimani killed/);
  });

  it('lands on a letter index of people with counts and the most quoted first, each letter page listing its people by surname', () => {
    const landing = documentOf(site, 'people/index.html');
    const tiles = landing.querySelectorAll('.letter-nav li');
    expect(tiles.map((tile) => tile.textContent.replace(/\s+/g, ' ').trim()).slice(0, 2)).toEqual(['A 1 person', 'B 0']);
    expect(landing.querySelector('.letter-nav a[href="/archive/people/m/"]')!.textContent).toMatch(/^M\s*2 people$/);
    expect(landing.querySelectorAll('.letter-nav .letter-empty').map((tile) => tile.textContent.trim().charAt(0))).toContain('Z');
    expect(landing.querySelector('.most-quoted .people-list li a')!.textContent).toBe('Kelly Magsamen');
    expect(landing.querySelector(`a[href="/archive/search/"]`)).not.toBeNull();
    const m = documentOf(site, 'people/m/index.html');
    expect(m.querySelector('h1')!.textContent).toBe('People: M');
    expect(m.querySelector('.letter-nav a[aria-current="page"]')!.textContent).toBe('M');
    expect(m.querySelectorAll('.people-list li > a').map((link) => link.textContent)).toEqual(['Kelly Magsamen', 'Abu Mahdi al-Muhandis']);
    const t = documentOf(site, 'people/t/index.html');
    expect(t.querySelectorAll('.people-list li > a').map((link) => link.textContent)).toEqual(['Donald Trump', 'Ivanka Trump']);
    const ranked = documentOf(site, 'people/most-quoted/index.html').querySelectorAll('.people-list li a').map((link) => link.textContent);
    expect(ranked[0]).toBe('Kelly Magsamen');
  });

  it('lists every person on exactly one letter page, every letter link leads to a page, and the sitemap has them all', () => {
    const people = JSON.parse(site.page('data/people.json')) as Array<{ slug: string }>;
    const letterPages = [...site.files.keys()].filter((file) => /^people\/(?:[a-z]|other)\/index\.html$/.test(file));
    const listed = letterPages.flatMap((file) => documentOf(site, file).querySelectorAll('.people-list li > a').map((link) => link.getAttribute('href')));
    expect(listed.sort()).toEqual(people.map((person) => `/archive/people/${person.slug}/`).sort());
    const linked = new Set([...letterPages, 'people/index.html'].flatMap((file) => documentOf(site, file).querySelectorAll('.letter-nav a').map((link) => outputFor(link.getAttribute('href')!)!)));
    expect([...linked].sort()).toEqual(letterPages.sort());
    for (const file of letterPages) expect(site.page('sitemap.xml')).toContain(`<loc>${BASE}${file.replace('index.html', '')}</loc>`);
  });

  it('links a person quoted more than once to a search for all their quotes, newest first', () => {
    const kelly = documentOf(site, 'people/kelly-magsamen/index.html').querySelector('.lede a')!;
    expect(kelly.getAttribute('href')).toBe('/archive/search/?person=Kelly+Magsamen&kind=quote&sort=newest');
    expect(documentOf(site, 'people/ann-evil-and-co/index.html').querySelector('.lede a')).toBeNull();
  });

  it('leads from a person page back to their letter', () => {
    const crumbs = documentOf(site, 'people/kelly-magsamen/index.html').querySelectorAll('.breadcrumbs a').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(crumbs).toContainEqual(['M', '/archive/people/m/']);
  });

  it('shows the other years of the same day on a day page, and a month strip on a year page', () => {
    const day = documentOf(site, '2021/01/03/index.html');
    expect(day.querySelector('.on-this-day h3 a')!.getAttribute('href')).toBe('/archive/2020/01/03/');
    const strip = documentOf(site, '2020/index.html').querySelectorAll('.heat-strip li');
    expect(strip).toHaveLength(12);
    expect(strip[0].classList.contains('heat-4')).toBe(true);
    expect(strip[1].classList.contains('heat-0')).toBe(true);
  });

  it('writes Atom, RSS and JSON feeds that parse, with the latest articles in full', () => {
    for (const file of ['feed.xml', 'rss.xml', 'people/kelly-magsamen/feed.xml', 'people/ann-evil-and-co/feed.xml']) {
      expect(XMLValidator.validate(site.page(file)), file).toBe(true);
    }
    const atom = xml.parse(site.page('feed.xml')).feed;
    expect(atom.entry).toHaveLength(4);
    expect(atom.entry[0].id).toBe(`${BASE}2021/01/03/a-year-later-ann-evil-and-co-spoke-about-the-strike/`);
    const hostile = atom.entry[0].content['#text'] as string;
    expect(parse(hostile).textContent).toContain('</script><script>alert(1)</script> ]]> and ]]> again ,');
    expect(parse(hostile).querySelectorAll('script')).toHaveLength(0);
    expect(atom.entry.find((entry: any) => entry.author?.name === 'Jane Doe').title['#text']).toBe('Congress &lt;b&gt;reacts&lt;/b&gt; to the strike');
    expect(atom.entry.find((entry: any) => entry.id.endsWith('/2020/01/03/gen-qassem-suleimani-killed-in-an-airstrike-on-the-baghdad/')).updated).toBe('2020-01-03T00:00:00.000Z');
    const rss = xml.parse(site.page('rss.xml')).rss.channel;
    expect(rss.item).toHaveLength(4);
    expect(parse(rss.item[0]['content:encoded']).textContent).toContain('Ann <Evil> & Co said.');
    const json = JSON.parse(site.page('feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items).toHaveLength(4);
    expect(json.items.find((item: any) => item.authors)).toMatchObject({ title: 'Congress <b>reacts</b> to the strike', authors: [{ name: 'Jane Doe' }] });
    const person = xml.parse(site.page('people/kelly-magsamen/feed.xml')).feed;
    expect(person.entry.map((entry: any) => entry.id)).toEqual([`${BASE}${followUpFile.replace('index.html', '')}`, `${BASE}${sampleFile.replace('index.html', '')}`]);
    const said = parse(person.entry[0].content['#text']);
    expect(said.querySelector('blockquote a')!.textContent).toBe('God help us.');
    expect(said.querySelector('blockquote a')!.getAttribute('href')).toMatch(new RegExp(`^${BASE}${followUpFile.replace('index.html', '')}#q-`));
    expect(parse(atom.entry.find((entry: any) => entry.author?.name === 'Jane Doe').content['#text']).querySelector('a.person-link')!.getAttribute('href')).toBe(`${BASE}people/nancy-pelosi/`);
  });

  it('lists exactly the HTML pages in the sitemap', () => {
    const sitemap = site.page('sitemap.xml');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const urls = [xml.parse(sitemap).urlset.url].flat().map((entry: any) => entry.loc);
    const pages = files.filter((file) => file.endsWith('.html') && file !== '404.html').map((file) => `${BASE}${file.replace(/index\.html$/, '')}`);
    expect([...urls].sort()).toEqual([...pages].sort());
    expect(site.page('robots.txt')).toContain(`Sitemap: ${BASE}sitemap.xml`);
  });

  it('describes articles, people and quotes in JSON-LD that parses and has the required fields', () => {
    const [article] = jsonLdOf(site, sampleFile);
    expect(article).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: expect.stringMatching(/^Gen\. Qassem/), datePublished: '2020-01-03T00:00:00+00:00' });
    expect(article.mentions).toHaveLength(7);
    expect(article.mentions[0]).toEqual({ '@type': 'Person', name: 'Qassem Suleimani', url: `${BASE}people/qassem-suleimani/` });
    expect(article.hasPart).toHaveLength(5);
    expect(article.hasPart.every((part: any) => part['@type'] === 'Quotation' && part.text && part.url)).toBe(true);
    const [followUp] = jsonLdOf(site, followUpFile);
    expect(followUp).toMatchObject({ author: { '@type': 'Person', name: 'Jane Doe' }, isBasedOn: 'https://example.org/wire/follow-up' });
    const [person] = jsonLdOf(site, 'people/kelly-magsamen/index.html');
    expect(person).toMatchObject({ '@type': 'Person', name: 'Kelly Magsamen', url: `${BASE}people/kelly-magsamen/` });
    const hostilePage = files.find((file) => file.startsWith('2021/01/03/a-year'))!;
    expect(site.page(hostilePage)).not.toMatch(/<\/script><script>alert/);
    expect(jsonLdOf(site, hostilePage)[0].hasPart[0].text).toContain('</script><script>alert(1)</script>');
  });

  it('gives every page Open Graph and Twitter tags, a canonical URL and its language', () => {
    const page = documentOf(site, sampleFile);
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(page.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article');
    expect(page.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(`${BASE}${sampleFile.replace('index.html', '')}`);
    expect(page.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary');
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${BASE}${sampleFile.replace('index.html', '')}`);
  });

  it('publishes data files with the ids and URLs of the pages', () => {
    const articles = site.page('data/articles.jsonl').trim().split('\n').map((line) => JSON.parse(line));
    expect(articles).toHaveLength(4);
    for (const article of articles) {
      expect(article).toMatchObject({ id: expect.any(String), source: expect.any(String), people: expect.any(Array), quotes: expect.any(Array) });
      expect(site.files.has(outputFor(article.permalink)!)).toBe(true);
      expect(article.permalink).toBe(`${BASE}${article.id}/`);
    }
    const people = JSON.parse(site.page('data/people.json'));
    for (const person of people) expect(site.files.has(outputFor(person.permalink)!), person.permalink).toBe(true);
    const quotes = site.page('data/quotes.jsonl').trim().split('\n').map((line) => JSON.parse(line));
    for (const quote of quotes) {
      expect(site.files.has(outputFor(quote.permalink)!)).toBe(true);
      const [page, anchor] = quote.articlePermalink.split('#');
      expect(documentOf(site, outputFor(page)!).querySelector(`[id="${anchor}"]`), quote.articlePermalink).not.toBeNull();
    }
  });

  it('escapes names and quotes from article text on every page', () => {
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      expect(documentOf(site, file).querySelectorAll('script:not([type="application/ld+json"]):not([src]), evil, b').length, file).toBe(0);
    }
    expect(documentOf(site, 'people/ann-evil-and-co/index.html').querySelector('h1')!.textContent).toBe('Ann <Evil> & Co');
  });
});

describe('adding articles to an archive', async () => {
  const before = await buildFixtureSite(CONTENT, { baseUrl: BASE });
  const after = await buildFixtureSite(
    {
      ...CONTENT,
      '2021-02-01-later.txt': 'date 2021-02-01 Donald J. Trump met Qasem Soleimani’s successor. “God help us.” Kelly Magsamen wrote. Ivanka Trump and Nancy Pelosi were there.',
      '2018-05-01-earlier.txt': 'date 2018-05-01 Donald J. Trump and Kelly Magsamen spoke. “Earlier words,” Kelly Magsamen said.',
      '2020-01-03-same-day.txt': 'date 2020-01-03 Another story that day. “More words,” Chuck Schumer said.',
    },
    { baseUrl: BASE },
  );

  it('never changes the URL of an existing article, person or quote', () => {
    const pages = [...before.files.keys()].filter((file) => /^(\d{4}\/\d\d\/\d\d\/[^/]+|people\/[^/]+|quotes\/[^/]+)\/index\.html$/.test(file));
    expect(pages.filter((file) => file.startsWith('people/')).length).toBeGreaterThan(10);
    expect(pages.filter((file) => file.startsWith('quotes/')).length).toBeGreaterThan(5);
    expect(pages.filter((file) => !after.files.has(file))).toEqual([]);
    expect(after.files.size).toBeGreaterThan(before.files.size);
  });

  it('merges the new spellings into the people already there', () => {
    const people = JSON.parse(after.page('data/people.json')) as Array<{ slug: string; name: string; aliases: string[] }>;
    const names = (slug: string) => {
      const person = people.find((candidate) => candidate.slug === slug)!;
      return [person.name, ...person.aliases];
    };
    expect(names('donald-trump')).toEqual(expect.arrayContaining(['Donald Trump', 'Donald J. Trump']));
    expect(names('qassem-suleimani')).toEqual(expect.arrayContaining(['Qassem Suleimani', 'Qasem Soleimani']));
  });
});

describe("an editor's people file", async () => {
  const peopleFile = [
    'people:',
    '  - name: Kelly Magsamen (CAP)',
    '    aliases: [Kelly Magsamen]',
    '    wikidata: Q99',
    '    slug: magsamen',
    '  - name: Broken',
    '    wikidata: nope',
    'exclude: [Adam Kinzinger]',
  ].join('\n');
  const site = await buildFixtureSite({ ...CONTENT, 'people.yml': peopleFile }, { baseUrl: BASE });

  it('renames, pins and excludes people, and reports a bad entry at its line without stopping the build', () => {
    expect(site.result.written).toBe(true);
    expect(site.result.problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/people\.yml$/), line: 7, column: 15, severity: 'error', ruleId: 'people-file-invalid' })]);
    const page = parse(site.page('people/magsamen/index.html'));
    expect(page.querySelector('h1')!.textContent).toBe('Kelly Magsamen (CAP)');
    expect(page.querySelector('a[href="https://www.wikidata.org/wiki/Q99"]')).not.toBeNull();
    expect(site.files.has('people/adam-kinzinger/index.html')).toBe(false);
    expect(site.files.has('people/kelly-magsamen/index.html')).toBe(false);
    const sample = [...site.files.keys()].find((file) => /^2020\/01\/03\/[^/]+\/index\.html$/.test(file))!;
    expect(parse(site.page(sample)).querySelectorAll('.article-body a.person-link').map((link) => link.textContent)).not.toContain('Adam Kinzinger');
  });
});

describe('an archive whose base URL has no origin', async () => {
  const site = await buildFixtureSite(CONTENT, { baseUrl: '/news/' });

  it('writes no feeds or sitemap, links none, and still writes robots.txt and data', () => {
    const files = [...site.files.keys()];
    expect(files.filter((file) => /feed\.(xml|json)$|rss\.xml$|sitemap/.test(file))).toEqual([]);
    expect(site.page('index.html')).not.toMatch(/feed\.xml|rss\.xml|feed\.json/);
    expect(site.page('robots.txt')).toBe('User-agent: *\nAllow: /\n');
    expect(JSON.parse(site.page('data/people.json'))[0].permalink).toMatch(/^\/news\/people\//);
  });
});
