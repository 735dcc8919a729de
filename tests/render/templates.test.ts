import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadTemplates, REQUIRED_TEMPLATES } from '../../src/render/templates.js';
import { DEFAULT_TEMPLATES_DIR } from '../../src/config/load-config.js';
import { tempDir } from '../helpers/temp-project.js';

async function theme(): Promise<string> {
  const dir = path.join(await tempDir(), 'templates');
  execFileSync('cp', ['-r', DEFAULT_TEMPLATES_DIR, dir]);
  return dir;
}

describe('loadTemplates', () => {
  it('loads the default theme without problems', async () => {
    expect((await loadTemplates(DEFAULT_TEMPLATES_DIR)).problems).toEqual([]);
  });

  it('reports each missing template, naming every template a theme needs', async () => {
    const dir = await theme();
    await rm(path.join(dir, 'day.eta'));
    await rm(path.join(dir, '404.eta'));
    const { problems } = await loadTemplates(dir);
    expect(problems.map((problem) => [problem.file, problem.ruleId])).toEqual([
      [path.join(dir, 'day.eta'), 'template-missing'],
      [path.join(dir, '404.eta'), 'template-missing'],
    ]);
    expect(problems[0].reason).toBe(`The template day.eta is missing. Every theme needs ${REQUIRED_TEMPLATES.map((name) => `${name}.eta`).join(', ')}; copy it from Dateline's default templates.`);
    expect(problems[0].reason).toContain('layout.eta, home.eta, archive.eta, article.eta');
  });

  it('reports a syntax error in a partial with its file and line', async () => {
    const dir = await theme();
    await writeFile(path.join(dir, 'partials', 'pager.eta'), '<nav>\n<% if (it.previous { %>\n</nav>\n');
    const { problems } = await loadTemplates(dir);
    expect(problems).toEqual([{ file: path.join(dir, 'partials', 'pager.eta'), line: 2, column: undefined, reason: "Unexpected token '{'. Fix the template.", ruleId: 'template-syntax' }]);
  });

  it('finds a relative include next to the template that includes it, whichever template asked first', async () => {
    const dir = await theme();
    await writeFile(path.join(dir, 'note.eta'), 'top');
    await writeFile(path.join(dir, 'partials', 'note.eta'), 'inner');
    await writeFile(path.join(dir, 'partials', 'outer.eta'), "<%~ include('./note') %>");
    await writeFile(path.join(dir, '404.eta'), "<%~ include('./note') %>/<%~ include('./partials/outer') %>");
    const { templates } = await loadTemplates(dir);
    expect(templates.render('404', {})).toBe('top/inner');
    expect(templates.render('404', {})).toBe('top/inner');
  });

  it('throws a user error when the folder cannot be read', async () => {
    await expect(loadTemplates('/nonexistent/templates')).rejects.toThrow('The templates folder /nonexistent/templates could not be read.');
  });
});
