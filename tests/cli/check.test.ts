import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { tempDir, writeFiles } from '../helpers/temp-project.js';
import { dateline } from '../helpers/cli.js';

const CLEAN = {
  'content/2020-03-01-council.txt': 'date 2020-03-01\nThe council met on Tuesday. "We will vote next week," Mayor Jane Porter said.',
};

const BROKEN = {
  ...CLEAN,
  'content/no-date.md': '---\ntitle: Undated\n---\n\nText.',
  'content/bad-yaml.md': '---\ntitle: [unclosed\ndate: 2020-03-02\n---\n\nText.',
  'content/2020-03-03-empty.txt': '',
  'content/impossible.txt': 'date 2020-02-30\nText.',
  'content/dup-a.md': '---\ntitle: Same headline\ndate: 2020-03-04\n---\n\nOne.',
  'content/dup-b.md': '---\ntitle: Same headline\ndate: 2020-03-04\n---\n\nTwo.',
  'content/link.md': '---\ntitle: Linked\ndate: 2020-03-05\nurl: www.example.org/story\n---\n\nText.',
  'content/quotes.txt': 'date 2020-03-06\nThe mayor said "we will win the vote.\n\nNobody knew why. "It is over."',
  'content/pelosi-1.txt': 'date 2020-03-07\nSpeaker Nancy Pelosi said the vote would pass. Pelosi spoke to reporters.',
  'content/pelosi-2.txt': 'date 2020-03-08\nSpeaker Nancy Pelosi met the president. Pelosi left early.',
  'content/pelossi.txt': 'date 2020-03-09\nSpeaker Nancy Pelossi said the talks had failed. Pelossi left.',
};

describe('dateline check', () => {
  it('says so and exits 0 when the archive is clean, writing nothing', async () => {
    const dir = await tempDir();
    await writeFiles(dir, CLEAN);
    const run = dateline(['check', 'content'], dir);
    expect(run).toMatchObject({ code: 0, stdout: 'No problems in 1 article.\n' });
    expect(readdirSync(dir)).toEqual(['content']);
  });

  it('reports every kind of problem grouped by file as line:column  severity  message  rule-id, and exits 1', async () => {
    const dir = await tempDir();
    await writeFiles(dir, BROKEN);
    const run = dateline(['check', '--content', 'content', '--quiet'], dir);
    expect(run.code).toBe(1);
    const report = run.stdout;
    expect(report).toMatch(/content\/no-date\.md\n\s+1:1\s+error\s+No date found\. .*\s+date-missing\n/);
    expect(report).toMatch(/content\/bad-yaml\.md\n\s+\d+:\d+\s+error\s+The front matter is not valid YAML .*\s+front-matter-yaml\n/);
    expect(report).toMatch(/content\/2020-03-03-empty\.txt\n\s+1:1\s+error\s+The article has no text\. .*\s+article-empty\n/);
    expect(report).toMatch(/content\/impossible\.txt\n\s+1:6\s+error\s+The date 2020-02-30 in the "date" line does not exist\. .*\s+date-invalid\n/);
    expect(report).toMatch(/content\/dup-b\.md\n\s+1:1\s+warning\s+The slug "same-headline" is already used on 2020-03-04 by dup-a\.md; .*\s+slug-duplicate\n/);
    expect(report).toMatch(/content\/link\.md\n\s+4:6\s+warning\s+"url" \(www\.example\.org\/story\) is not an http or https address, .*\s+front-matter-url\n/);
    expect(report).toMatch(/content\/quotes\.txt\n(?:\s+.*\n)*?\s+2:16\s+warning\s+.*\s+quote-unclosed\n/);
    expect(report).toMatch(/content\/quotes\.txt\n(?:\s+.*\n)*?\s+4:18\s+warning\s+No speaker was found for the quote “It is over\.”\. .*\s+quote-speaker-missing\n/);
    expect(report).toMatch(/content\/pelossi\.txt\n\s+2:9\s+warning\s+"Nancy Pelossi" is spelled "Nancy Pelosi" in 2 other articles \(such as pelosi-1\.txt\); the site shows both as one person\. If that is right, add "Nancy Pelossi" to the aliases of "Nancy Pelosi" in people\.yml; .*\s+person-name-variant\n/);
    expect(report).toMatch(/^\d+ problems \(4 errors, \d+ warnings\) in 8 files$/m);
    expect(readdirSync(dir)).toEqual(['content']);
  });

  it('prints the same problems as one JSON document with --format json', async () => {
    const dir = await tempDir();
    await writeFiles(dir, BROKEN);
    const text = dateline(['check', 'content', '--quiet'], dir);
    const run = dateline(['check', 'content', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ articles: 12, errors: 4 });
    expect(json.problems).toHaveLength(Number(/^(\d+) problems/m.exec(text.stdout)?.[1]));
    expect(json.problems).toContainEqual({ file: 'content/no-date.md', line: 1, column: 1, severity: 'error', message: expect.stringContaining('No date found.'), ruleId: 'date-missing' });
  });

  it('stops warning about a spelling once the people file settles it', async () => {
    const dir = await tempDir();
    const { 'content/pelosi-1.txt': one, 'content/pelosi-2.txt': two, 'content/pelossi.txt': three } = BROKEN;
    await writeFiles(dir, { 'content/pelosi-1.txt': one, 'content/pelosi-2.txt': two, 'content/pelossi.txt': three, 'content/people.yml': 'people:\n  - name: Nancy Pelosi\n    aliases: [Nancy Pelossi]\n' });
    expect(dateline(['check', 'content', '-q'], dir)).toMatchObject({ code: 0, stdout: 'No problems in 3 articles.\n' });
  });

  it('exits 0 on warnings alone, and 1 with --strict', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { ...CLEAN, 'content/link.md': '---\ntitle: Linked\ndate: 2020-03-05\nurl: javascript:alert(1)\n---\n\nText.' });
    expect(dateline(['check', 'content', '-q'], dir).code).toBe(0);
    expect(dateline(['check', 'content', '-q', '--strict'], dir).code).toBe(1);
  });

  it('rejects a second folder or an unknown format as bad usage, exit 2', async () => {
    const dir = await tempDir();
    await writeFiles(dir, CLEAN);
    expect(dateline(['check', 'content', 'other'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('at most one folder') });
    expect(dateline(['check', 'content', '--format', 'xml'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be "text" or "json"') });
    expect(dateline(['check', 'missing'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('The content folder') });
  });
});
