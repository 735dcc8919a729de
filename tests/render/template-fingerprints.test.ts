import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintTemplates } from '../../src/render/template-fingerprints.js';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

const THEME = {
  'layout.eta': '<html><%~ it.body %></html>',
  'article.eta': '<% layout("./layout") %><%~ include("./partials/figure", {}) %>',
  'day.eta': "<% layout('./layout') %><%~ include('./partials/list', {}) %>",
  'partials/figure.eta': '<figure></figure>',
  'partials/list.eta': '<ol><%~ include("./item", {}) %></ol>',
  'partials/item.eta': '<li></li>',
};

async function fingerprintsAfter(change?: [string, string]): Promise<Map<string, string>> {
  const dir = await tempDir();
  await writeFiles(dir, THEME);
  if (change) await writeFile(path.join(dir, change[0]), change[1]);
  return fingerprintTemplates(dir);
}

describe('fingerprintTemplates', () => {
  it('changes the fingerprint of every template that includes an edited partial, and no other', async () => {
    const before = await fingerprintsAfter();
    const after = await fingerprintsAfter(['partials/figure.eta', '<figure class="x"></figure>']);
    expect(after.get('article')).not.toBe(before.get('article'));
    expect(after.get('day')).toBe(before.get('day'));
    expect(after.get('layout')).toBe(before.get('layout'));
  });

  it('follows includes through partials that include other partials', async () => {
    const before = await fingerprintsAfter();
    const after = await fingerprintsAfter(['partials/item.eta', '<li class="x"></li>']);
    expect(after.get('day')).not.toBe(before.get('day'));
    expect(after.get('article')).toBe(before.get('article'));
  });

  it('makes a template that names a partial by an expression depend on every template', async () => {
    const dynamic: [string, string] = ['day.eta', '<% layout("./layout") %><%~ include(it.partial, {}) %>'];
    const before = await fingerprintsAfter(dynamic);
    const dir = await tempDir();
    await writeFiles(dir, { ...THEME, [dynamic[0]]: dynamic[1], 'partials/figure.eta': '<figure class="x"></figure>' });
    expect((await fingerprintTemplates(dir)).get('day')).not.toBe(before.get('day'));
  });
});
