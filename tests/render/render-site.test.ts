import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/render/templates.js';
import { renderSite } from '../../src/render/render-site.js';
import type { Route } from '../../src/render/plan-routes.js';
import type { Config } from '../../src/config/load-config.js';

const config = { title: 'The Ledger', description: 'Archive', language: 'en', basePath: '/archive/', origin: '', timeZone: 'UTC' } as unknown as Config;

const templateDirs: string[] = [];
afterAll(() => Promise.all(templateDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function templatesWith(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-render-site-'));
  templateDirs.push(dir);
  await mkdir(path.join(dir, 'partials'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return (await loadTemplates(dir)).templates;
}

const route = (routePath: string, title: string, data: object): Route => ({ path: routePath, output: `${routePath.slice(1)}index.html`, template: 'page', title, data: data as Route['data'] });

describe('renderSite', () => {
  it('gives each page its own data, title and path, and the helpers, in its layout and partials too', async () => {
    const templates = await templatesWith({
      'layout.eta': '<title><%= it.title %></title><%~ it.body %><%= it.url(it.path) %>',
      'page.eta': "<% layout('./layout') %><%~ include('./partials/name', { extra: '!' }) %>",
      'partials/name.eta': '<%= it.page.name %><%= it.extra %> <%= it.site.title %> <%= it.dayLabel("2020-01-02") %>',
    });
    const pages: Record<string, string> = {};
    const routes = [route('/a/', 'First', { name: 'Ann' }), route('/b/', 'Second', { name: 'Ben' })];
    await renderSite(routes, templates, config, { emit: (file) => void (pages[file.path] = file.contents as string) });
    expect(pages).toEqual({
      'a/index.html': '<title>First</title>Ann! The Ledger 2 January 2020/archive/a/',
      'b/index.html': '<title>Second</title>Ben! The Ledger 2 January 2020/archive/b/',
    });
  });
});
