import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir, writeFiles } from '../helpers/temp-project.js';
import { syntheticArticle } from '../../bench/generate-corpus.js';
import { build } from '../../src/build.js';
import { loadConfig } from '../../src/config/load-config.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(repo, 'bin', 'dateline.js');

function dateline(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A stage's count from the progress lines, which go to stderr. */
function stage(stdout: string, name: string): number {
  return Number(new RegExp(`^${name}\\s+(\\d+)`, 'm').exec(stdout)?.[1]);
}

describe('dateline build with a cache', () => {
  it('extracts in worker threads, then reuses the cache in --cache-dir until --clean', { timeout: 400_000 }, async () => {
    const dir = await tempDir();
    // Enough articles that the build starts its worker pool.
    const articles = Array.from({ length: 200 }, (_, index) => syntheticArticle(index));
    await writeFiles(path.join(dir, 'content'), Object.fromEntries(articles.map((article) => [article.name, article.text])));
    const args = ['build', '--content', 'content', '--output', 'site', '--cache-dir', 'ci-cache'];
    const first = dateline(args, dir);
    expect(first.code, first.stderr).toBe(0);
    expect(stage(first.stderr, 'extract')).toBe(200);
    expect(readdirSync(path.join(dir, 'ci-cache')).some((name) => name.startsWith('records-'))).toBe(true);
    const page = path.join(dir, 'site', articles[7].date.replaceAll('-', '/'), 'index.html');
    expect(readFileSync(page, 'utf8')).toContain(articles[7].date.slice(0, 4));

    const again = dateline(args, dir);
    expect(again.stdout).toContain('nothing changed');

    const clean = dateline([...args, '--clean'], dir);
    expect(clean.code).toBe(0);
    expect(stage(clean.stderr, 'extract')).toBe(200);
    expect(readFileSync(page, 'utf8')).toContain(articles[7].date.slice(0, 4));

    // The same site built on one thread is the same, byte for byte.
    const serial = path.join(dir, 'serial');
    await build(await loadConfig(dir, { contentDir: path.join(dir, 'content'), outputDir: serial, cacheDir: path.join(dir, 'serial-cache') }), { threads: 0 });
    const list = async (root: string) => (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name !== '.dateline-output').map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))).sort();
    const files = await list(serial);
    expect(files.length).toBeGreaterThan(500);
    expect(await list(path.join(dir, 'site'))).toEqual(files);
    for (const file of files) expect(await readFile(path.join(dir, 'site', file), 'utf8'), file).toBe(await readFile(path.join(serial, file), 'utf8'));
  });
});
