import { describe, expect, it } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDevSession } from '../../src/dev/dev-session.js';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

async function session(files: Record<string, string>) {
  const dir = await tempDir();
  await writeFiles(dir, files);
  const started = await createDevSession(dir, { contentDir: 'content' });
  return { dir, session: started };
}

describe('createDevSession', () => {
  it('builds into memory, then reports only the URLs whose bytes changed', async () => {
    const { dir, session: dev } = await session({ 'content/a.txt': 'date 2020-01-01\nFirst story.', 'content/b.txt': 'date 2021-06-01\nSecond story.' });
    const first = await dev.rebuild();
    expect(first.changed).toContain('/2020/01/01/first-story/');
    expect(dev.files().get('2020/01/01/first-story/index.html')).toContain('First story.');
    const edited = path.join(dir, 'content', 'b.txt');
    await writeFile(edited, 'date 2021-06-01\nSecond story, updated.');
    const second = await dev.rebuild([edited]);
    expect(second.changed.filter((url) => url.endsWith('/'))).toEqual(['/', '/2021/06/01/', '/2021/06/01/second-story/']);
    expect(second.changed).toContain('/data/articles.jsonl');
    expect((await dev.rebuild([edited])).changed).toEqual([]);
  });

  it('builds the search index, re-indexing after a save, and leaves it out with --no-search', async () => {
    const { dir, session: dev } = await session({ 'content/a.txt': 'date 2020-01-01\nFirst story about harbours.', 'content/b.txt': 'date 2021-06-01\nSecond story.' });
    await dev.rebuild();
    const bundle = (): string[] => [...dev.files().keys()].filter((file) => file.startsWith('pagefind/'));
    expect(bundle()).toContain('pagefind/pagefind.js');
    const edited = path.join(dir, 'content', 'b.txt');
    await writeFile(edited, 'date 2021-06-01\nSecond story about lighthouses.');
    expect((await dev.rebuild([edited])).changed.some((url) => url.startsWith('/pagefind/'))).toBe(true);
    const quick = await createDevSession(dir, { contentDir: 'content', search: false });
    await quick.rebuild();
    expect([...quick.files().keys()].filter((file) => file.startsWith('pagefind/'))).toEqual([]);
  });

  it('re-extracts only the articles whose text changed', async () => {
    const { dir, session: dev } = await session({ 'content/a.txt': 'date 2020-01-01\nFirst.', 'content/b.txt': 'date 2020-01-02\nSecond.' });
    const extracted: string[] = [];
    await dev.rebuild([], { onArticle: (source) => extracted.push(source) });
    expect(extracted).toEqual(['a.txt', 'b.txt']);
    extracted.length = 0;
    await writeFile(path.join(dir, 'content', 'b.txt'), 'date 2020-01-02\nSecond, changed.');
    await dev.rebuild([path.join(dir, 'content', 'b.txt')], { onArticle: (source) => extracted.push(source) });
    expect(extracted).toEqual(['b.txt']);
  });

  it('keeps the last good site and reports a broken config file, until it is fixed', async () => {
    const { dir, session: dev } = await session({ 'content/a.txt': 'date 2020-01-01\nFirst.', 'dateline.config.json': '{"title": "Gazette"}' });
    await dev.rebuild();
    const config = path.join(dir, 'dateline.config.json');
    await writeFile(config, '{"title": ');
    const broken = await dev.rebuild([config]);
    expect(broken.problems).toEqual([expect.objectContaining({ file: 'dateline.config.json', severity: 'error', ruleId: 'config-invalid', reason: expect.stringContaining('not valid JSON') })]);
    expect(broken.changed).toEqual([]);
    expect(dev.files().get('index.html')).toContain('Gazette');
    await writeFile(config, '{"title": "Evening Gazette"}');
    const fixed = await dev.rebuild([config]);
    expect(fixed.problems).toEqual([]);
    expect(dev.files().get('index.html')).toContain('Evening Gazette');
  });

  it('reports a vanished content folder instead of stopping', async () => {
    const { dir, session: dev } = await session({ 'content/a.txt': 'date 2020-01-01\nFirst.' });
    await dev.rebuild();
    await rm(path.join(dir, 'content'), { recursive: true });
    const built = await dev.rebuild([path.join(dir, 'content', 'a.txt')]);
    expect(built.problems).toEqual([expect.objectContaining({ file: 'content', ruleId: 'build-failed', reason: expect.stringContaining('does not exist') })]);
    expect(dev.files().get('index.html')).toContain('First.');
  });
});
