import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithTool } from './describe-with-tool.js';
import { checkCss, checkHtml, findJava, JAVA_INSTALL } from './html-checker.js';

describe('finding Java', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-java-'));
    await writeFile(path.join(dir, 'java'), '#!/bin/sh\n');
    await chmod(path.join(dir, 'java'), 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds java on PATH', () => {
    expect(findJava({ PATH: ['/nonexistent', dir].join(path.delimiter) })).toEqual({ found: true, executablePath: path.join(dir, 'java') });
  });

  it('reports a missing Java with the line that installs it', () => {
    const lookup = findJava({ PATH: '/nonexistent' });
    expect(!lookup.found && lookup.reason).toContain(JAVA_INSTALL);
  });
});

describeWithTool('the Nu HTML Checker', findJava(), (java) => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-vnu-'));
    await writeFile(path.join(dir, 'good.html'), '<!doctype html><html lang="en"><title>Good</title><p>Fine.</p></html>');
    await writeFile(path.join(dir, 'bad.html'), '<!doctype html>\n<html lang="en"><head><title>Bad</title></head><body>\n<p><span aria-label="label">A label on a span</span></p>\n</body></html>\n');
    await writeFile(path.join(dir, 'style.css'), 'a { colr: red; }\n');
    await writeFile(path.join(dir, 'data.json'), '{ not html }');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reports each error in a page with its file and line, and nothing for a valid page or other files', async () => {
    expect(await checkHtml([dir], java.executablePath)).toEqual([
      expect.objectContaining({ file: path.join(dir, 'bad.html'), line: 3, message: expect.stringContaining('“aria-label” attribute must not be specified on any “span” element') }),
    ]);
  }, 120_000);

  it('reports an error in a stylesheet', async () => {
    expect(await checkCss([dir], java.executablePath)).toEqual([expect.objectContaining({ file: path.join(dir, 'style.css'), message: expect.stringContaining('“colr”') })]);
  }, 120_000);
});
