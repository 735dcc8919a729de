import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildFixtureSite } from '../helpers/site.js';
import { crawlSite } from '../helpers/crawl-site.js';

const CONTENT = {
  '2021-03-04-plain.txt': 'date 2021-03-04\nThe council met on Thursday to approve a budget of $4 million for roads. Members argued.\n\n* not a list, # not a heading, <script>alert("x")</script> and [brackets] stay text.',
  'feature.md': '---\ntitle: "Harbour <b>reopens</b> after storm"\ndate: 2021-03-05\nslug: harbour-reopens\nauthor: "Ana Díaz"\nsource: Example Wire\nurl: "https://example.org/harbour"\nsummary: The harbour reopened.\ntags: [ports, weather]\nissue: 42\n---\n\nThe **harbour** reopened on Friday.\n\n<script>alert(1)</script>\n\nBoats returned <img src=x onerror=alert(1)>.',
  '2020/older.md': '---\ntitle: An older story\ndate: 2020-12-31\n---\n\nIt happened at the end of the year.',
  'same-day.md': '---\ntitle: An older story\ndate: 2020-12-31\n---\n\nA second story with the same title on the same day.',
  'no-date.txt': 'Just text with no date at all.',
  'bad-date.md': '---\ntitle: Impossible\ndate: 2020-02-30\n---\n\nBody.',
  'broken-yaml.md': '---\ntitle: "unclosed\ndate: 2020-01-01\n---\n\nBody.',
  'empty.txt': '',
  'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
};

describe('building a whole site', async () => {
  const site = await buildFixtureSite(CONTENT);

  it('builds the good articles and drops each broken one with one message', () => {
    expect(site.result.index!.articles.map((record) => record.source).sort()).toEqual(['2020/older.md', '2021-03-04-plain.txt', 'feature.md', 'same-day.md']);
    expect(site.result.dropped).toBe(5);
    const errors = site.result.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => [problem.file.split('/').pop(), problem.ruleId]).sort()).toEqual([
      ['bad-date.md', 'date-invalid'],
      ['binary.txt', 'file-binary'],
      ['broken-yaml.md', 'front-matter-yaml'],
      ['empty.txt', 'date-missing'],
      ['no-date.txt', 'date-missing'],
    ]);
    expect(site.result.written).toBe(true);
  });

  it('writes article, day, month, year, home, archive and 404 pages', () => {
    for (const page of ['index.html', 'archive/index.html', '404.html', '2021/index.html', '2021/03/index.html', '2021/03/05/index.html', '2021/03/05/harbour-reopens/index.html', 'assets/style.css']) {
      expect(site.files.has(page), page).toBe(true);
    }
  });

  it('escapes article text everywhere and never passes raw HTML through', () => {
    const feature = site.page('2021/03/05/harbour-reopens/index.html');
    expect(feature).toContain('Harbour &lt;b&gt;reopens&lt;/b&gt; after storm');
    expect(feature).toContain('<strong>harbour</strong>');
    const plain = site.files.get([...site.files.keys()].find((key) => key.startsWith('2021/03/04/') && key !== '2021/03/04/index.html')!);
    expect(String(plain)).toContain('* not a list, # not a heading, &#x3C;script>alert("x")&#x3C;/script> and [brackets] stay text.');
    for (const [file, contents] of site.files) {
      if (file.endsWith('.html')) expect(String(contents), file).not.toMatch(/<script>alert|onerror=|<b>reopens/);
    }
  });

  it('gives two same-day articles with one title distinct, stable URLs and warns', () => {
    const days = [...site.files.keys()].filter((key) => key.startsWith('2020/12/31/') && key !== '2020/12/31/index.html');
    expect(days).toHaveLength(2);
    expect(days).toContain('2020/12/31/an-older-story/index.html');
    expect(site.result.problems.find((problem) => problem.ruleId === 'slug-duplicate')?.file).toMatch(/same-day\.md$/);
  });

  it('links every page only to pages that exist, and reaches every page from the home page', () => {
    const crawl = crawlSite(site.files);
    expect(crawl.reached.size).toBeGreaterThan(20);
    expect(crawl.broken).toEqual([]);
    expect(crawl.unreachable).toEqual([]);
  });

  it('links previous and next articles by date', () => {
    const plain = [...site.files.keys()].find((key) => key.startsWith('2021/03/04/') && key !== '2021/03/04/index.html')!;
    const html = String(site.files.get(plain));
    expect(html).toMatch(/rel="next" href="\/2021\/03\/05\/harbour-reopens\/"/);
    expect(html).toMatch(/rel="prev" href="\/2020\/12\/31\//);
  });

  it('shows a calendar on the month page linking the days with articles', () => {
    const month = site.page('2021/03/index.html');
    expect(month).toContain('href="/2021/03/04/"');
    expect(month).toContain('href="/2021/03/05/"');
    expect(month).not.toContain('href="/2021/03/06/"');
  });

  it('ends a citation at the date when the site has no origin, rather than with a path that leads nowhere once copied', () => {
    const citation = parse(site.page('2021/03/05/harbour-reopens/index.html')).querySelector('.cite-this p')!.textContent;
    expect(citation).toBe('Ana Díaz. “Harbour <b>reopens</b> after storm.” Example Wire, 5 March 2021.');
  });

  it('leads from month and day pages up through the archive, as the year page does', () => {
    for (const file of ['2021/index.html', '2021/03/index.html', '2021/03/05/index.html']) {
      const crumbs = parse(site.page(file)).querySelectorAll('.breadcrumbs a').map((link) => link.textContent);
      expect(crumbs.slice(0, 2), file).toEqual(['Home', 'Archive']);
    }
  });

  it('does not repeat the day under a heading that names it, on month and day pages, but keeps the source', () => {
    for (const file of ['2021/03/index.html', '2021/03/05/index.html']) {
      const metas = parse(site.page(file)).querySelectorAll('.article-list .meta');
      expect(metas.map((meta) => meta.textContent), file).toContain('Example Wire');
      expect(metas.filter((meta) => meta.querySelector('time')), file).toEqual([]);
    }
    expect(parse(site.page('2021/index.html')).querySelector('.article-list .meta time')).not.toBeNull();
  });
});

describe('building under a base path', async () => {
  const site = await buildFixtureSite({ 'a.md': '---\ntitle: Story\ndate: 2022-01-02\n---\n\nText.' }, { baseUrl: 'https://example.org/archive/' });

  it('prefixes every internal link with the base path and makes canonical URLs absolute', () => {
    const crawl = crawlSite(site.files, { basePath: '/archive/', origin: 'https://example.org' });
    expect(crawl.reached.size).toBeGreaterThan(10);
    expect(crawl.broken).toEqual([]);
    expect(site.page('2022/01/02/story/index.html')).toContain('<link rel="canonical" href="https://example.org/archive/2022/01/02/story/">');
    expect(parse(site.page('2022/01/02/story/index.html')).querySelector('.cite-this p')!.textContent).toMatch(/, 2 January 2022\. https:\/\/example\.org\/archive\/2022\/01\/02\/story\/$/);
  });
});
