import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-project.js';
import { dateline } from '../helpers/cli.js';
import { localToday } from '../../src/index/check-dates.js';

describe('dateline new', () => {
  it('writes a Markdown article dated today that builds under the headline', async () => {
    const dir = await tempDir();
    const run = dateline(['new', 'Storm: "worst in years" hits #coast'], dir);
    const today = localToday();
    const file = path.join('content', `${today}-storm-worst-in-years-hits-coast.md`);
    expect(run).toMatchObject({ code: 0, stdout: `Created ${file}\n` });
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(`---\ntitle: "Storm: \\"worst in years\\" hits #coast"\ndate: ${today}\nauthor: ""\ntags: []\n---\n\n`);
    const check = dateline(['check', '--quiet'], dir);
    expect(check.stdout).toMatch(/7:1\s+warning\s+The article has a title but no text, .*article-empty/);
    expect(check.code).toBe(0);
  });

  it('never overwrites an existing article, and exits 1', async () => {
    const dir = await tempDir();
    expect(dateline(['new', 'Same', 'headline'], dir).code).toBe(0);
    const [name] = readdirSync(path.join(dir, 'content'));
    const file = path.join(dir, 'content', name);
    const edited = `${readFileSync(file, 'utf8')}Written by hand.\n`;
    writeFileSync(file, edited);
    const again = dateline(['new', 'Same headline'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`content/${name} already exists, so nothing was written.`);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('asks for a headline when none is given, exit 2', async () => {
    const dir = await tempDir();
    expect(dateline(['new'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('Give the headline') });
  });
});
