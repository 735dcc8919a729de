import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/render/templates.js';
import { renderPages } from '../../src/pool/render-pages.js';
import type { PlannedPage, Route } from '../../src/render/plan-routes.js';
import type { Config } from '../../src/config/load-config.js';
import { tempDir } from '../helpers/temp-project.js';

const config = { title: 'The Ledger', description: 'Archive', language: 'en', basePath: '/', origin: '', timeZone: 'UTC' } as unknown as Config;

describe('renderPages', () => {
  it('renders every page and takes them out of the array it is given, so no planned route is held once rendered', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'page.eta'), '<%= it.page.name %>');
    const { templates } = await loadTemplates(dir);
    const pages: PlannedPage[] = ['a', 'b', 'c'].map((name): Route => ({ path: `/${name}/`, output: `${name}/index.html`, template: 'page', title: name, data: { name } }));
    const written: Record<string, string> = {};
    const result = await renderPages(pages, templates, config, { emit: (file) => void (written[file.path] = String(file.contents)) }, { threads: 1, load: () => Promise.reject(new Error('no article page here')) });
    expect(result.rendered).toBe(3);
    expect(written).toEqual({ 'a/index.html': 'a', 'b/index.html': 'b', 'c/index.html': 'c' });
    expect(pages).toEqual([]);
  });
});
