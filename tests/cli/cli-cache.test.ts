import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir, writeFiles } from '../helpers/temp-project.js';
import { syntheticArticle } from '../../bench/generate-corpus.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(repo, 'bin', 'dateline.js');

function dateline(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function stage(stdout: string, name: string): number {
  return Number(new RegExp(`^${name}\\s+(\\d+)`, 'm').exec(stdout)?.[1]);
}

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'inherit' });
});

describe('dateline build with a cache', () => {
  it('extracts in worker threads, then reuses the cache in --cache-dir until --clean', { timeout: 180_000 }, async () => {
    const dir = await tempDir();
    // Enough articles that the build starts its worker pool.
    const articles = Array.from({ length: 200 }, (_, index) => syntheticArticle(index));
    await writeFiles(path.join(dir, 'content'), Object.fromEntries(articles.map((article) => [article.name, article.text])));
    const args = ['build', '--content', 'content', '--output', 'site', '--cache-dir', 'ci-cache'];
    const first = dateline(args, dir);
    expect(first.code, first.stderr).toBe(0);
    expect(stage(first.stdout, 'extract')).toBe(200);
    expect(readdirSync(path.join(dir, 'ci-cache')).some((name) => name.startsWith('records-'))).toBe(true);
    const page = path.join(dir, 'site', articles[7].date.replaceAll('-', '/'), 'index.html');
    expect(readFileSync(page, 'utf8')).toContain(articles[7].date.slice(0, 4));

    const again = dateline(args, dir);
    expect(again.stdout).toContain('nothing changed');

    const clean = dateline([...args, '--clean'], dir);
    expect(clean.code).toBe(0);
    expect(stage(clean.stdout, 'extract')).toBe(200);
    expect(readFileSync(page, 'utf8')).toContain(articles[7].date.slice(0, 4));
  });
});
