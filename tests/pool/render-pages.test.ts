import { describe, expect, it } from 'vitest';
import { appendFile, cp } from 'node:fs/promises';
import path from 'node:path';
import { loadTemplates } from '../../src/render/templates.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { Route } from '../../src/render/plan-routes.js';
import { toOutputPath } from '../../src/render/urls.js';
import type { OutputFile } from '../../src/types.js';
import { tempDir } from '../helpers/temp-project.js';

const repo = path.resolve(import.meta.dirname, '../..');
// The compiled module (the global setup compiles it): worker threads load the compiled worker, not TypeScript.
const { renderPages } = (await import(path.join(repo, 'dist/pool/render-pages.js'))) as typeof import('../../src/pool/render-pages.js');

describe('rendering on every core', () => {
  it('renders the routes a worker may not take on the main thread', async () => {
    // The main thread renders with the templates it is given; workers load them from the templates folder, where
    // the page template is marked, so a page shows which thread drew it.
    const root = await tempDir();
    const templatesDir = path.join(root, 'templates');
    await cp(path.join(repo, 'templates'), templatesDir, { recursive: true });
    const { templates } = await loadTemplates(path.join(repo, 'templates'));
    await appendFile(path.join(templatesDir, '404.eta'), '<!-- drawn by a worker -->\n');
    const config = await loadConfig(root, { templatesDir, outputDir: path.join(root, 'public'), cacheDir: path.join(root, 'cache') });
    const routes: Route[] = Array.from({ length: 1024 }, (_, n) => ({ path: `/p/${n}/`, output: toOutputPath(`/p/${n}/`), template: '404', title: `Page ${n}`, data: { heavy: n % 2 === 0 } }));
    const files: OutputFile[] = [];
    const hooks = { load: () => Promise.reject(new Error('no records')), emit: (file: OutputFile) => void files.push(file) };
    const result = await renderPages(routes, templates, config, hooks, { version: 'test', locate: () => undefined }, 2, (route) => !route.data.heavy);
    expect(result).toEqual({ rendered: 1024, problems: [] });
    const byWorker = files.filter((file) => String(file.contents).includes('drawn by a worker')).map((file) => Number(file.path.split('/')[1]));
    expect(byWorker.length).toBeGreaterThan(0);
    expect(byWorker.filter((n) => n % 2 === 0)).toEqual([]);
  });
});
