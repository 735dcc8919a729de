import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawlSite, readSiteFiles } from './crawl-site.js';

const page = (body: string): string => `<!doctype html><html><head><link rel="stylesheet" href="/archive/assets/style.css"></head><body>${body}</body></html>`;

describe('crawling a built site', () => {
  it('follows relative, based and absolute links from the home page and finds nothing wrong in a sound site', () => {
    const files = new Map<string, string | Uint8Array>([
      ['index.html', page('<a href="2020/">2020</a> <a href="https://example.org/archive/people/#letter-A">people</a> <form action="/archive/search/"></form>')],
      ['2020/index.html', page('<a href="../">home</a> <a href="/archive/2020/05/story/#q-1">a quote</a> <a href="https://elsewhere.example/">elsewhere</a> <a href="https://example.org/blog/">the blog</a> <a href="mailto:x@example.org">mail</a>')],
      ['2020/05/story/index.html', page('<p><q id="q-1">Hello</q></p><script src="/archive/assets/search.js"></script>')],
      ['people/index.html', page('<section id="letter-A"></section><a href="/archive/search/?q=hello">search</a>')],
      ['search/index.html', page('')],
      ['404.html', page('')],
      ['assets/style.css', new Uint8Array()],
      ['assets/search.js', new Uint8Array()],
    ]);
    const result = crawlSite(files, { basePath: '/archive/', origin: 'https://example.org' });
    expect(result.broken).toEqual([]);
    expect(result.unreachable).toEqual([]);
    expect([...result.reached].sort()).toEqual([...files.keys()].filter((file) => file !== '404.html').sort());
  });

  it('reports a missing page, a missing anchor, a link outside the base path, and pages nothing links to', () => {
    const files = new Map<string, string>([
      ['index.html', page('<a href="/archive/gone/">gone</a> <a href="/archive/story/#q-9">quote</a> <a href="/elsewhere/">outside</a> <a href="/archive/story/">story</a>')],
      ['story/index.html', page('<q id="q-1">Hello</q>')],
      ['orphan/index.html', page('')],
      ['404.html', page('')],
    ]);
    const result = crawlSite(files, { basePath: '/archive/' });
    expect(result.broken).toEqual([
      { from: 'index.html', href: '/archive/gone/', reason: 'no file gone/index.html' },
      { from: 'index.html', href: '/elsewhere/', reason: 'outside the base path /archive/' },
      { from: 'index.html', href: '/archive/assets/style.css', reason: 'no file assets/style.css' },
      { from: 'story/index.html', href: '/archive/assets/style.css', reason: 'no file assets/style.css' },
      { from: 'index.html', href: '/archive/story/#q-9', reason: 'no element with id "q-9" in story/index.html' },
    ]);
    expect(result.unreachable).toEqual(['orphan/index.html']);
  });

  it('reads a built folder into the files it crawls', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-crawl-'));
    try {
      await mkdir(path.join(dir, '2020'));
      await writeFile(path.join(dir, 'index.html'), '<a href="/2020/">2020</a>');
      await writeFile(path.join(dir, '2020', 'index.html'), '<a href="/">home</a>');
      const files = await readSiteFiles(dir);
      expect([...files.keys()].sort()).toEqual(['2020/index.html', 'index.html']);
      expect(crawlSite(files)).toMatchObject({ broken: [], unreachable: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
