import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir, writeFiles } from '../helpers/temp-project.js';
import { dateline, repo, type Run } from '../helpers/cli.js';

const GOOD = { 'content/2020-01-02-good.txt': 'date 2020-01-02\nThe council met on Tuesday.' };

/** Every file and folder below `dir` except the output folder, with size, modification time and mode. */
function snapshot(dir: string): string[] {
  const entries: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (path.relative(dir, full) === 'public') continue;
      const info = lstatSync(full);
      entries.push(`${path.relative(dir, full)} ${info.size} ${info.mtimeMs} ${info.mode}`);
      if (info.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return entries;
}

/** A hash of every file in the output folder, to show it did not change. */
function outputHash(dir: string): string {
  const hash = createHash('sha1');
  for (const name of readdirSync(path.join(dir, 'public'), { recursive: true }).map(String).sort()) {
    const full = path.join(dir, 'public', name);
    hash.update(name);
    if (lstatSync(full).isFile()) hash.update(readFileSync(full));
  }
  return hash.digest('hex');
}

/** Builds `dir` (content/ → public/), checking the run printed no stack trace and touched nothing but public/. */
function build(dir: string, options: Parameters<typeof dateline>[2] = {}): Run {
  const before = snapshot(dir);
  const run = dateline(['build', '--content', 'content', '--output', 'public'], dir, options);
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(snapshot(dir)).toEqual(before);
  return run;
}

async function project(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { ...GOOD, ...files });
  return dir;
}

const page = (dir: string, url: string): string => readFileSync(path.join(dir, 'public', url, 'index.html'), 'utf8');

describe('hostile input to dateline build', () => {
  it('reports an empty file as an article with no text, and builds the rest', async () => {
    const dir = await project({ 'content/2020-01-01-empty.txt': '' });
    const run = build(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2020-01-01-empty\.txt\n\s+1:1\s+error\s+The article has no text\. .*article-empty/);
    expect(page(dir, '2020/01/02')).toContain('The council met');
  });

  it('refuses a binary file as not text', async () => {
    const dir = await project({ 'content/photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    const run = build(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/photo\.md\n\s+1:1\s+error\s+This is a binary file, not text\. .*file-binary/);
  });

  it('refuses a 50 MB article without reading it, and builds the rest', async () => {
    const dir = await project({});
    const paragraph = 'The minister said on Tuesday that "the talks will continue" despite the setback. ';
    writeFileSync(path.join(dir, 'content', '2020-01-03-huge.txt'), `date 2020-01-03\n${paragraph.repeat(Math.ceil(50e6 / paragraph.length))}`);
    const run = build(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2020-01-03-huge\.txt\n\s+1:1\s+error\s+The file is 50\.0 MB; articles may be at most 5\.0 MB\. .*file-too-large/);
    expect(page(dir, '2020/01/02')).toContain('The council met');
  });

  it('warns about invalid UTF-8 at the first bad byte and publishes the rest of the text', async () => {
    const bytes = Buffer.concat([Buffer.from('date 2020-01-04\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait for everyone.')]);
    const dir = await project({ 'content/latin1.txt': bytes });
    const run = build(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/latin1\.txt\n\s+2:4\s+warning\s+The file is not valid UTF-8; .*encoding-invalid/);
    expect(page(dir, '2020/01/04')).toContain('Caf\uFFFD au lait');
  });

  it('reads front matter behind a UTF-8 byte order mark', async () => {
    const dir = await project({ 'content/bom.md': '\uFEFF---\ntitle: Behind a BOM\ndate: 2020-01-05\n---\n\nBody text.\n' });
    expect(build(dir).code).toBe(0);
    expect(page(dir, '2020/01/05/behind-a-bom')).toContain('<h1 class="headline">Behind a BOM</h1>');
  });

  it('places problems on the right line in a CRLF file and splits paragraphs on lone CRs', async () => {
    const dir = await project({
      'content/crlf.md': '---\r\ntitle: CRLF\r\ndate: 2020-02-30\r\n---\r\n\r\nBody.\r\n',
      'content/old-mac.txt': 'date 2020-01-06\rFirst paragraph.\r\rSecond paragraph.\r',
    });
    const run = build(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/crlf\.md\n\s+3:7\s+error\s+The date 2020-02-30 .* does not exist\./);
    expect(page(dir, '2020/01/06/first-paragraph')).toMatch(/<p>First paragraph\.<\/p>\s*<p>Second paragraph\.<\/p>/);
  });

  it('takes tabs and no-break spaces in the date line and the front matter as spaces', async () => {
    const dir = await project({
      'content/nbsp.txt': 'date\u00a02020-01-07\n\tIndented\u00a0with a tab.\n',
      'content/nbsp.md': '---\ntitle:\u00a0Typed on a Mac\ndate:\t2020-01-08\n---\n\nBody.\n',
    });
    const run = build(dir);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(page(dir, '2020/01/07')).toContain('Indented');
    expect(page(dir, '2020/01/08/typed-on-a-mac')).toContain('Typed on a Mac');
  });

  it('dates an article by the day written, whatever time or time zone follows it', async () => {
    const dir = await project({
      'content/evening.md': '---\ntitle: Late evening in New York\ndate: 2020-01-09T23:30:00-05:00\n---\n\nBody.\n',
      'content/morning.txt': 'date 2020-01-10T00:30+05:00\nEarly morning in Karachi.\n',
    });
    expect(build(dir).code).toBe(0);
    expect(existsSync(path.join(dir, 'public', '2020', '01', '09', 'late-evening-in-new-york', 'index.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'public', '2020', '01', '10', 'early-morning-in-karachi', 'index.html'))).toBe(true);
  });

  it('publishes articles dated before 1900 or after today, with a warning at the date', async () => {
    const dir = await project({ 'content/old.txt': 'date 1850-03-01\nA very old report.', 'content/future.md': '---\ntitle: Embargoed\ndate: 2999-01-01\n---\n\nNot yet.' });
    const run = build(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/old\.txt\n\s+1:6\s+warning\s+The date 1850-03-01 is before 1900, .* The article is published under this date; .*date-unlikely/);
    expect(run.stderr).toMatch(/future\.md\n\s+3:7\s+warning\s+The date 2999-01-01 is after today \(\d{4}-\d\d-\d\d\), .*date-unlikely/);
    expect(existsSync(path.join(dir, 'public', '1850', '03', '01', 'index.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'public', '2999', '01', '01', 'embargoed', 'index.html'))).toBe(true);
  });

  it('publishes a 5,000-character title escaped, under a short slug, with a warning', async () => {
    const title = `<b>Breaking</b> ${'word '.repeat(1000)}`.trim().slice(0, 5000);
    const dir = await project({ 'content/long.md': `---\ntitle: "${title}"\ndate: 2020-01-11\n---\n\nBody.\n` });
    const run = build(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/long\.md\n\s+2:8\s+warning\s+The title is 5,000 characters long, .*title-too-long/);
    const [slug] = readdirSync(path.join(dir, 'public', '2020', '01', '11')).filter((name) => name !== 'index.html');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(page(dir, `2020/01/11/${slug}`)).toContain('&lt;b&gt;Breaking&lt;/b&gt; word word');
  });

  it('reads file names with spaces and non-Latin letters', async () => {
    const dir = await project({ 'content/2020-01-12 café notes.txt': 'Notes from the café.', 'content/2020-01-13-北京.md': '---\ntitle: 北京 news\n---\n\nBody.\n' });
    const run = build(dir);
    expect(run.code).toBe(0);
    expect(page(dir, '2020/01/12/notes-from-the-cafe')).toContain('Notes from the café.');
    expect(readdirSync(path.join(dir, 'public', '2020', '01', '13'))).toContain('news');
  });

  it('follows a symbolic link loop in the content folder once', async () => {
    const dir = await project({ 'content/sub/a.txt': 'date 2020-01-14\nInside a folder.' });
    await symlink('.', path.join(dir, 'content', 'loop'));
    await symlink('..', path.join(dir, 'content', 'sub', 'up'));
    const run = build(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^read\s+2 files/m);
  });

  it('reports a symbolic link to nowhere as unreadable, naming its target', async () => {
    const dir = await project({});
    await symlink('missing.md', path.join(dir, 'content', 'ghost.md'));
    const run = build(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ghost\.md\n\s+1:1\s+error\s+This is a symbolic link to missing\.md, which does not exist\. .*file-unreadable/);
  });

  it('skips a named pipe instead of waiting on it forever', async () => {
    const dir = await project({});
    execFileSync('mkfifo', [path.join(dir, 'content', 'pipe.md')]);
    const run = build(dir, { timeout: 20_000 });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pipe\.md\n\s+1:1\s+error\s+This is not a regular file .*file-unreadable/);
  });

  it('reports a file it is not allowed to read', async () => {
    const dir = await project({ 'content/secret.txt': 'date 2020-01-15\nClassified.' });
    const secret = path.join(dir, 'content', 'secret.txt');
    // Root reads any file whatever its mode, so as root the build runs as "nobody", who owns all but the secret.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync('chown', ['-R', '65534:65534', dir]);
    if (asRoot) chownSync(secret, 0, 0);
    chmodSync(secret, 0o000);
    const run = build(dir, asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/secret\.txt\n\s+1:1\s+error\s+Dateline is not allowed to read this file \(permission denied\)\. .*file-unreadable/);
    expect(page(dir, '2020/01/02')).toContain('The council met');
  });
});

describe('broken templates', () => {
  /** A project built once with a copy of the default theme, then given a broken template. */
  async function builtWithTemplate(name: string, text: string): Promise<{ dir: string; run: Run; before: string }> {
    const dir = await project({});
    execFileSync('cp', ['-r', path.join(repo, 'templates'), path.join(dir, 'templates')]);
    expect(build(dir).code).toBe(0);
    const before = outputHash(dir);
    if (text) await writeFile(path.join(dir, 'templates', name), text);
    else execFileSync('rm', [path.join(dir, 'templates', name)]);
    return { dir, run: build(dir), before };
  }

  it('names the template file and line of a syntax error, and keeps the previous site', async () => {
    const { dir, run, before } = await builtWithTemplate('day.eta', '<% layout("./layout") %>\n<h1>Day</h1>\n<p><%= it.page.day.date ) %></p>\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/templates\/day\.eta\n\s+3:1\s+error\s+Unexpected token '\)'\. Fix the template\.\s+template-syntax/);
    expect(run.stderr).toContain('nothing was written');
    expect(outputHash(dir)).toBe(before);
  });

  it('names the template file and line of a template that throws, and keeps the previous site', async () => {
    const { dir, run, before } = await builtWithTemplate('article.eta', '<% layout("./layout") %>\n<h1><%= it.page.article.title %></h1>\n<%= it.page.article.missing.field %>\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/templates\/article\.eta\n\s+3:1\s+error\s+Rendering the page of 2020-01-02-good\.txt failed: .*Cannot read properties of undefined.*template-error/);
    expect(outputHash(dir)).toBe(before);
  });

  it('names the missing template and every template a theme needs, and keeps the previous site', async () => {
    const { dir, run, before } = await builtWithTemplate('month.eta', '');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/templates\/month\.eta\n\s+1:1\s+error\s+The template month\.eta is missing\. Every theme needs layout\.eta, home\.eta, .*template-missing/);
    expect(outputHash(dir)).toBe(before);
  });
});
