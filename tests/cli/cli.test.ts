import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir, writeFiles } from '../helpers/temp-project.js';
import { dateline, repo } from '../helpers/cli.js';

describe('dateline CLI', () => {
  it('prints help and its version', () => {
    expect(dateline(['--help'], repo)).toMatchObject({ code: 0, stdout: expect.stringContaining('dateline build') });
    const version = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version;
    expect(dateline(['--version'], repo).stdout.trim()).toBe(version);
  });

  it('rejects an unknown command with exit code 2 and no stack trace', () => {
    const run = dateline(['bulid'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown command "bulid"');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('builds a content folder, printing a line per stage on stderr and a summary on stdout', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-05-06 Hello from the council.' });
    const run = dateline(['build', '--content', 'content', '--output', 'site'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^read\s+1 files/m);
    expect(run.stdout).toMatch(/Built 1 article into \d+ pages in site\//);
    expect(existsSync(path.join(dir, 'site', '2020', '05', '06', 'index.html'))).toBe(true);
  });

  it('reports a broken article with file:line:column, still builds the rest, and exits 1', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/good.txt': 'date 2020-05-06 Fine.', 'content/bad.md': '---\ntitle: X\ndate: 2020-02-30\n---\nBody' });
    const run = dateline(['build', '--content', 'content', '--output', 'site', '--quiet'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/content\/bad\.md\n\s+3:7\s+error\s+The date 2020-02-30 in the front matter "date" does not exist\. Correct the month or day\.\s+date-invalid/);
    expect(existsSync(path.join(dir, 'site', '2020', '05', '06', 'index.html'))).toBe(true);
  });

  it('leaves the previous site untouched when a template breaks', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-05-06 First.' });
    expect(dateline(['build', '--content', 'content', '--output', 'site'], dir).code).toBe(0);
    const before = readFileSync(path.join(dir, 'site', 'index.html'), 'utf8');
    const templates = path.join(dir, 'templates');
    execFileSync('cp', ['-r', path.join(repo, 'templates'), templates]);
    await writeFile(path.join(templates, 'article.eta'), '<% layout("./layout") %><%= it.page.article.nothing.here %>');
    await writeFiles(dir, { 'content/b.txt': 'date 2020-05-07 Second.' });
    const run = dateline(['build', '--content', 'content', '--output', 'site'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/article\.eta/);
    expect(run.stderr).toContain('unchanged');
    expect(readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['content', 'site', 'templates']);
  });

  it('refuses an output folder that holds the content', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-05-06 First.' });
    const run = dateline(['build', '--content', 'content', '--output', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/contains .*content/);
    expect(existsSync(path.join(dir, 'content', 'a.txt'))).toBe(true);
  });

  it('refuses to replace a non-empty folder it did not make', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-05-06 First.', 'mine/keep.txt': 'precious' });
    const run = dateline(['build', '--content', 'content', '--output', 'mine'], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(dir, 'mine', 'keep.txt'), 'utf8')).toBe('precious');
  });

  it('builds the search index into pagefind/, and skips it with --no-search or "search": false', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-05-06 Hello from the council.' });
    const full = dateline(['build', '--content', 'content', '--output', 'site'], dir);
    expect(full.stderr).toMatch(/^search\s+1 records/m);
    expect(existsSync(path.join(dir, 'site', 'pagefind', 'pagefind.js'))).toBe(true);
    const quick = dateline(['build', '--content', 'content', '--output', 'quick', '--no-search'], dir);
    expect(quick.code).toBe(0);
    expect(quick.stderr).not.toMatch(/^search/m);
    expect(existsSync(path.join(dir, 'quick', 'search', 'index.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'quick', 'pagefind'))).toBe(false);
    await writeFiles(dir, { 'dateline.config.json': JSON.stringify({ outputDir: 'configured', search: false }) });
    expect(dateline(['build', '--content', 'content'], dir).code).toBe(0);
    expect(existsSync(path.join(dir, 'configured', 'pagefind'))).toBe(false);
  });

  it('rejects a "search" setting that is not true or false', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-05-06 Hello.', 'dateline.config.json': '{ "search": "no" }' });
    const run = dateline(['build'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"search" must be true or false.');
  });

  it('prints one JSON record per article with extract --jsonl', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'content/a.txt': 'date 2020-05-06 First story.', 'content/b.md': '---\ntitle: Second\ndate: 2020-05-07\n---\nText.' });
    const run = dateline(['extract', 'content', '--jsonl'], dir);
    expect(run.code).toBe(0);
    const records = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => [record.source, record.date, record.title])).toEqual([
      [path.join('content', 'a.txt'), '2020-05-06', 'First story'],
      [path.join('content', 'b.md'), '2020-05-07', 'Second'],
    ]);
    expect(records[0]).toHaveProperty('quotes');
    expect(records[0]).toHaveProperty('people');
  });
});
