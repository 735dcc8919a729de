import { describe, expect, it } from 'vitest';
import { appendFile, cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../../src/build.js';
import { loadConfig, type ConfigOverrides } from '../../src/config/load-config.js';
import { OUTPUT_MARKER } from '../../src/write/write-site.js';
import { manifestFileFor, readManifest } from '../../src/write/manifest-file.js';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

const repo = path.resolve(import.meta.dirname, '../..');

const CONTENT: Record<string, string> = {
  '2020-01-03-airstrike.txt': 'date 2020-01-03 Gen. Qassem Suleimani was killed in an airstrike in Baghdad, the Pentagon said.\n\n“This strike was aimed at deterring future attacks,” the Pentagon said in a statement.\n',
  '2020-01-03-markets.md': '---\ntitle: Markets fall after strike\ndate: 2020-01-03\nsource: Wire\n---\n\nOil prices rose by four percent.\n\n"We are watching closely," said Jane Okafor, an analyst at Harbour Bank.\n',
  '2020-01-04-reaction.md': '---\ntitle: World leaders react\ndate: 2020-01-04\n---\n\nLeaders called for calm on **Saturday**.\n',
  '2020-02-10-budget.txt': 'date 2020-02-10 The finance ministry published its budget on Monday.\n\nThe plan cuts spending by two percent.\n',
  '2021-06-01-election.md': '---\ntitle: Polls open\ndate: 2021-06-01\ntags: [politics]\n---\n\nVoters queued from dawn.\n\n"Turnout looks strong," said Maria Lindqvist, the electoral commissioner.\n',
  'nested/2019-12-31-new-year.txt': 'date 2019-12-31 Crowds gathered in the square to see the new year in.\n',
};

/** Every file under a folder (path → bytes), and every folder, so empty folders left behind show up too. */
async function snapshot(dir: string): Promise<{ files: Map<string, string>; dirs: string[] }> {
  const files = new Map<string, string>();
  const dirs: string[] = [];
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full);
    if (entry.isDirectory()) dirs.push(relative);
    else if (relative !== OUTPUT_MARKER) files.set(relative, (await readFile(full)).toString('base64'));
  }
  return { files, dirs };
}

async function project(): Promise<{ root: string; content: string; templates: string; overrides: ConfigOverrides }> {
  const root = await tempDir();
  const content = path.join(root, 'content');
  const templates = path.join(root, 'templates');
  await writeFiles(content, CONTENT);
  await cp(path.join(repo, 'templates'), templates, { recursive: true });
  return { root, content, templates, overrides: { contentDir: content, templatesDir: templates, outputDir: path.join(root, 'public'), cacheDir: path.join(root, 'cache') } };
}

describe('incremental builds', () => {
  // Thirty-six builds: more than the default 30 s on a loaded machine.
  it('leave every output file byte-identical to a clean build after a sequence of edits', { timeout: 300_000 }, async () => {
    const { root, content, templates, overrides } = await project();
    const markets = () => readFile(path.join(overrides.outputDir!, '2020/01/03/markets-fall-after-strike/index.html'), 'utf8');
    // Edits in one article that change what other articles' pages show: checked to have happened, not only to match.
    const effects: Record<string, () => Promise<void>> = {
      'an article added that names a person of other articles more fully, which renames them there': async () => expect(await markets()).toContain('Jane A. Okafor'),
      'an article added that reports another article’s quote again, which links the two and renames the person back': async () => {
        expect(await markets()).not.toContain('Jane A. Okafor');
        const quotePage = /"\/quotes\/([^/]+)\/"/.exec(await markets())![1];
        expect(await readFile(path.join(overrides.outputDir!, 'quotes', quotePage, 'index.html'), 'utf8')).toContain('/2020/05/05/');
      },
      'an article added that repeats an organisation’s quote of another article, which only counts the report there': async () => {
        const day = path.join(overrides.outputDir!, '2020/01/03');
        const articles = (await readdir(day, { withFileTypes: true })).filter((entry) => entry.isDirectory());
        const pages = await Promise.all(articles.map((entry) => readFile(path.join(day, entry.name, 'index.html'), 'utf8')));
        const airstrike = pages.find((page) => page.includes('deterring future attacks'));
        expect(airstrike).toContain('also reported in 1 other article');
      },
      'a quote’s words edited, which unlinks it from the report it repeated': async () => {
        const quotePage = /"\/quotes\/([^/]+)\/"/.exec(await markets())![1];
        expect(await readFile(path.join(overrides.outputDir!, 'quotes', quotePage, 'index.html'), 'utf8')).not.toContain('/2020/05/05/');
      },
      'the quote’s words edited back, which links the two reports again': async () => {
        const quotePage = /"\/quotes\/([^/]+)\/"/.exec(await markets())![1];
        expect(await readFile(path.join(overrides.outputDir!, 'quotes', quotePage, 'index.html'), 'utf8')).toContain('/2020/05/05/');
      },
      'a people file added, which merges a person’s names and gives them a Wikidata id': async () => {
        const person = /"\/people\/(jane[^/"]*)\/"/.exec(await markets())![1];
        expect(await readFile(path.join(overrides.outputDir!, 'people', person, 'index.html'), 'utf8')).toContain('Q4115189');
      },
      'the sentence around a quote edited, which changes the quote’s context and not its words': async () => {
        const quotes = path.join(overrides.outputDir!, 'quotes');
        const pages = await Promise.all((await readdir(quotes, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name !== 'page').map((entry) => readFile(path.join(quotes, entry.name, 'index.html'), 'utf8')));
        expect(pages.filter((page) => page.includes('deterring future attacks') && page.includes('in a statement on Friday'))).toHaveLength(1);
      },
    };
    const edits: [string, () => Promise<unknown>][] = [
      ['the first build', async () => undefined],
      ['an article body edited', () => appendFile(path.join(content, '2020-02-10-budget.txt'), '\nThe opposition called the cuts reckless.\n')],
      ['an article retitled, which changes its neighbours’ links', async () => writeFile(path.join(content, '2020-01-04-reaction.md'), (await readFile(path.join(content, '2020-01-04-reaction.md'), 'utf8')).replace('World leaders react', 'Leaders urge calm'))],
      ['an article added on a new day and month', () => writeFile(path.join(content, '2020-03-15-floods.txt'), 'date 2020-03-15 Floods closed the coastal road on Sunday.\n')],
      ['an article added whose slug collides', () => writeFile(path.join(content, 'copy-of-markets.md'), '---\ntitle: Markets fall after strike\ndate: 2020-01-03\n---\n\nA second report.\n')],
      ['an article added that names a person of other articles more fully, which renames them there', () => writeFile(path.join(content, '2020-04-06-banks.txt'), 'date 2020-04-06 Banks raised their forecasts.\n\n"Rates will stay high," said Jane A. Okafor, an analyst at Harbour Bank.\n')],
      ['an article added that reports another article’s quote again, which links the two and renames the person back', () => writeFile(path.join(content, '2020-05-05-analysts.txt'), 'date 2020-05-05 Analysts expect more volatility.\n\n"We are watching closely," said Jane Okafor, an analyst at Harbour Bank.\n')],
      ['an article added that repeats an organisation’s quote of another article, which only counts the report there', () => writeFile(path.join(content, '2020-06-01-statement.txt'), 'date 2020-06-01 The Pentagon repeated its position.\n\n“This strike was aimed at deterring future attacks,” the Pentagon said in a statement.\n')],
      ['a quote’s words edited, which unlinks it from the report it repeated', async () => writeFile(path.join(content, '2020-05-05-analysts.txt'), (await readFile(path.join(content, '2020-05-05-analysts.txt'), 'utf8')).replace('watching closely', 'watching very closely'))],
      ['the quote’s words edited back, which links the two reports again', async () => writeFile(path.join(content, '2020-05-05-analysts.txt'), (await readFile(path.join(content, '2020-05-05-analysts.txt'), 'utf8')).replace('watching very closely', 'watching closely'))],
      ['the sentence around a quote edited, which changes the quote’s context and not its words', async () => writeFile(path.join(content, '2020-01-03-airstrike.txt'), CONTENT['2020-01-03-airstrike.txt'].replace('said in a statement.', 'said in a statement on Friday.'))],
      ['an article’s date changed, which moves it to another day and changes its neighbours', async () => writeFile(path.join(content, '2020-01-04-reaction.md'), (await readFile(path.join(content, '2020-01-04-reaction.md'), 'utf8')).replace('date: 2020-01-04', 'date: 2020-01-05'))],
      ['a people file added, which merges a person’s names and gives them a Wikidata id', () => writeFile(path.join(content, 'people.yml'), 'people:\n  - name: Jane Okafor\n    aliases: [Jane A. Okafor]\n    wikidata: Q4115189\n')],
      ['the only article of a year deleted', () => rm(path.join(content, '2021-06-01-election.md'))],
      ['a partial template edited', () => appendFile(path.join(templates, 'partials', 'pager.eta'), '<!-- pager -->\n')],
      ['the stylesheet edited', () => appendFile(path.join(templates, 'assets', 'style.css'), '\n/* edited */\n')],
      ['the body edit reverted', async () => writeFile(path.join(content, '2020-02-10-budget.txt'), CONTENT['2020-02-10-budget.txt'])],
      ['the site title changed', async () => undefined],
      ['nothing changed', async () => undefined],
    ];
    const retitled = edits.findIndex(([name]) => name === 'the site title changed');
    for (const [step, [name, edit]] of edits.entries()) {
      await edit();
      const settings = { ...overrides, ...(step >= retitled ? { title: 'The Ledger' } : {}) };
      const incremental = await build(await loadConfig(root, settings));
      expect(incremental.written, name).toBe(true);
      await effects[name]?.();
      const cleanOutput = path.join(root, `clean-${step}`);
      await build(await loadConfig(root, { ...settings, outputDir: cleanOutput, cacheDir: path.join(root, `clean-cache-${step}`) }), { clean: true });
      const [got, want] = await Promise.all([snapshot(overrides.outputDir!), snapshot(cleanOutput)]);
      expect([...got.files.keys()], name).toEqual([...want.files.keys()]);
      for (const [file, bytes] of want.files) expect(got.files.get(file), `${name}: ${file}`).toBe(bytes);
      expect(got.dirs, name).toEqual(want.dirs);
    }
    // The comparison covers the search index too, cut into shards (one per month in an archive this small).
    expect(JSON.parse(await readFile(path.join(overrides.outputDir!, 'pagefind', 'shards.json'), 'utf8')).shards.length).toBeGreaterThan(2);
  });

  it('write only the article page when an edit changes nothing other pages show', async () => {
    const { root, content, overrides } = await project();
    // The search bundle indexes the article's text, so with search on the edit also rewrites files under pagefind/.
    const config = await loadConfig(root, { ...overrides, search: false });
    await build(config);
    await appendFile(path.join(content, '2020-02-10-budget.txt'), '\nThe opposition called the cuts reckless.\n');
    const result = await build(config);
    // The page and data/articles.jsonl, which lists each article's word count.
    expect(result.changed).toBe(2);
    expect(await readFile(path.join(overrides.outputDir!, '2020/02/10/the-finance-ministry-published-its-budget-on-monday/index.html'), 'utf8')).toContain('reckless');
  });

  it('plan an edit that leaves what other pages show from the last build, and still render every page that shows the edited article', async () => {
    const { root, content, templates, overrides } = await project();
    // The default templates show an article's word count on its own page only; with these the day and year pages show it too.
    const words = '<p class="words"><%= it.page.day ? it.page.day.articles.map((article) => article.wordCount).join(",") : "" %></p>';
    await appendFile(path.join(templates, 'day.eta'), words);
    await appendFile(path.join(templates, 'year.eta'), words.replaceAll('it.page.day', 'it.page.year.months[0].days[0]'));
    const config = await loadConfig(root, { ...overrides, search: false });
    await build(config);
    const shown = async (page: string) => /<p class="words">([^<]*)<\/p>/.exec(await readFile(path.join(overrides.outputDir!, page), 'utf8'))![1];
    const before = [await shown('2020/02/10/index.html'), await shown('2020/index.html')];
    await appendFile(path.join(content, '2020-02-10-budget.txt'), '\nThe opposition called the cuts reckless.\n');
    await build(config);
    const manifestFile = (await readdir(overrides.cacheDir!)).find((name) => name.startsWith('manifest-'))!;
    const stored = readManifest(path.join(overrides.cacheDir!, manifestFile))!;
    const { files } = stored.manifest;
    stored.close();
    // Planned from the last build: the pages the edited article reaches are recorded as such, not fingerprinted.
    expect(files.get('2020/02/10/index.html')![0]).toBe('');
    expect(files.get('2020/01/03/index.html')![0]).not.toBe('');
    expect(await shown('2020/02/10/index.html')).not.toBe(before[0]);
    expect(await shown('2020/index.html')).not.toBe(before[1]);
    const cleanOutput = path.join(root, 'clean');
    await build(await loadConfig(root, { ...overrides, search: false, outputDir: cleanOutput, cacheDir: path.join(root, 'clean-cache') }), { clean: true });
    const [got, want] = await Promise.all([snapshot(overrides.outputDir!), snapshot(cleanOutput)]);
    expect(got).toEqual(want);
  });

  it('take the people from the last build after a body edit, and index them again after a quote is added or a title changed', async () => {
    const { root, content, overrides } = await project();
    const config = await loadConfig(root, { ...overrides, search: false });
    const kept = async () => {
      const records = (await readdir(overrides.cacheDir!)).find((name) => name.startsWith('records-'))!;
      const names = (await readdir(path.join(overrides.cacheDir!, records))).filter((name) => name.startsWith('people-'));
      expect(names).toHaveLength(1);
      return path.join(overrides.cacheDir!, records, names[0]);
    };
    const matchesClean = async (step: string) => {
      const cleanOutput = path.join(root, `clean-${step}`);
      await build(await loadConfig(root, { ...overrides, search: false, outputDir: cleanOutput, cacheDir: path.join(root, `clean-cache-${step}`) }), { clean: true });
      const [got, want] = await Promise.all([snapshot(overrides.outputDir!), snapshot(cleanOutput)]);
      expect(got, step).toEqual(want);
    };
    await build(config);
    const first = await kept();
    await appendFile(path.join(content, '2020-02-10-budget.txt'), '\nThe opposition called the cuts reckless.\n');
    await build(config);
    expect(await kept()).toBe(first);
    await matchesClean('body');
    await appendFile(path.join(content, '2020-02-10-budget.txt'), '\n"The cuts go too far," said Omar Haddad, an opposition spokesman.\n');
    await build(config);
    const quoted = await kept();
    expect(quoted).not.toBe(first);
    await matchesClean('quote');
    await writeFile(path.join(content, '2020-01-04-reaction.md'), (await readFile(path.join(content, '2020-01-04-reaction.md'), 'utf8')).replace('World leaders react', 'Leaders urge calm'));
    await build(config);
    expect(await kept()).not.toBe(quoted);
    await matchesClean('title');
    // What the body edit's build took: a name changed in the kept people shows on the next body edit's pages.
    await writeFile(await kept(), (await readFile(await kept(), 'utf8')).replaceAll('Omar Haddad', 'Omar Kept'));
    await appendFile(path.join(content, '2020-02-10-budget.txt'), '\nThe vote is next week.\n');
    await build(config);
    expect(await readFile(path.join(overrides.outputDir!, '2020/02/10/the-finance-ministry-published-its-budget-on-monday/index.html'), 'utf8')).toContain('Omar Kept');
  });

  it('place an archive warning as the last build did while its file is unchanged, and again once it changed', async () => {
    const { root, content, overrides } = await project();
    await writeFiles(content, {
      'pelosi-1.txt': 'date 2020-03-07\nSpeaker Nancy Pelosi said the vote would pass. Pelosi spoke to reporters.\n',
      'pelosi-2.txt': 'date 2020-03-08\nSpeaker Nancy Pelosi met the president. Pelosi left early.\n',
      'pelossi.txt': 'date 2020-03-09\nSpeaker Nancy Pelossi said the talks had failed. Pelossi left.\n',
    });
    const config = await loadConfig(root, { ...overrides, search: false });
    const variant = async () => (await build(config)).problems.filter((problem) => problem.ruleId === 'person-name-variant').map(({ file, line, column }) => `${path.basename(file)} ${line}:${column}`);
    expect(await variant()).toEqual(['pelossi.txt 2:9']);
    // What the last build kept: a place changed there shows after an edit elsewhere, so it was not placed again.
    const records = (await readdir(overrides.cacheDir!)).find((name) => name.startsWith('records-'))!;
    const places = path.join(overrides.cacheDir!, records, 'finding-places.json');
    await writeFile(places, (await readFile(places, 'utf8')).replace('{"line":2,"column":9}', '{"line":2,"column":7}'));
    await appendFile(path.join(content, 'pelosi-1.txt'), '\nThe vote is next week.\n');
    expect(await variant()).toEqual(['pelossi.txt 2:7']);
    await writeFile(path.join(content, 'pelossi.txt'), 'date 2020-03-09\n\nSpeaker Nancy Pelossi said the talks had failed. Pelossi left.\n');
    expect(await variant()).toEqual(['pelossi.txt 3:9']);
  });

  it('keep the search bundle when only a template changed, and index again only the shard of an edited article', async () => {
    const { root, content, templates, overrides } = await project();
    const config = await loadConfig(root, overrides);
    await build(config);
    const searched = (result: Awaited<ReturnType<typeof build>>) => result.stages.find((stage) => stage.stage === 'search')?.count;
    await appendFile(path.join(templates, 'article.eta'), '<!-- edited -->\n');
    expect(searched(await build(config))).toBe(0);
    await appendFile(path.join(content, '2020-02-10-budget.txt'), '\nThe opposition called the cuts reckless.\n');
    // The budget article has no quotes, and its month no other article: one record.
    expect(searched(await build(config))).toBe(1);
  });

  it('touch no file and read no article when no input changed, report what the last build reported, and remove the manifest an older Dateline left', async () => {
    const { root, content, overrides } = await project();
    await writeFile(path.join(content, 'undated.txt'), 'An article without its date line.\n');
    const config = await loadConfig(root, overrides);
    const first = await build(config);
    expect(first.dropped).toBe(1);
    const before = await stat(path.join(overrides.outputDir!, 'index.html'));
    const retired = manifestFileFor(config.cacheDir, config.outputDir).replace(/manifest-v2-(.*)$/, 'manifest-$1.json');
    await writeFile(retired, '{}');
    const stages: string[] = [];
    const result = await build(config, { onStage: (timing) => stages.push(timing.stage) });
    expect(result.changed).toBe(0);
    // The inputs' fingerprint is known once the sources are keyed: nothing after that runs.
    expect(stages).toEqual(['read']);
    expect(result.index).toBeUndefined();
    expect({ articles: result.articles, pages: result.pages, dropped: result.dropped, problems: result.problems }).toEqual({ articles: first.articles, pages: first.pages, dropped: first.dropped, problems: first.problems });
    expect((await stat(path.join(overrides.outputDir!, 'index.html'))).mtimeMs).toBe(before.mtimeMs);
    expect((await readdir(config.cacheDir)).filter((name) => name.startsWith('manifest-'))).toEqual([path.basename(manifestFileFor(config.cacheDir, config.outputDir))]);
  });

  it('leave the previous site as it was when a template breaks', async () => {
    const { root, content, templates, overrides } = await project();
    const config = await loadConfig(root, overrides);
    await build(config);
    const before = await snapshot(overrides.outputDir!);
    await appendFile(path.join(content, '2020-02-10-budget.txt'), '\nA change that will not be published.\n');
    await rm(path.join(content, '2020-01-04-reaction.md'));
    await writeFile(path.join(templates, 'day.eta'), '<% layout("./layout") %><%= it.page.day.nothing.here %>');
    const result = await build(config);
    expect(result.written).toBe(false);
    expect(await snapshot(overrides.outputDir!)).toEqual(before);
    expect((await readdir(root)).filter((name) => name.includes('dateline-stage'))).toEqual([]);
  });

  it('write every page again when the output folder was changed behind the build’s back', async () => {
    const { root, overrides } = await project();
    const config = await loadConfig(root, overrides);
    await build(config);
    await rm(overrides.outputDir!, { recursive: true });
    const result = await build(config);
    expect(result.changed).toBeGreaterThan(10);
    expect((await readdir(overrides.outputDir!)).sort()).toContain('index.html');
  });

  it('extract again only the articles whose bytes changed, and reuse a reverted version from the cache', async () => {
    const { root, content, overrides } = await project();
    const config = await loadConfig(root, overrides);
    const extracted = async (): Promise<number> => {
      let count = -1;
      await build(config, { onStage: (timing) => timing.stage === 'extract' && (count = timing.count) });
      return count;
    };
    expect(await extracted()).toBe(6);
    const file = path.join(content, '2020-01-04-reaction.md');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('calm', 'restraint'));
    expect(await extracted()).toBe(1);
    await writeFile(file, original);
    expect(await extracted()).toBe(0);
  });
});
