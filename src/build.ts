/**
 * The whole build in run order: read → parse → extract → index → plan → render → write. This is the only module
 * that calls more than one stage; each stage's contract is at the top of its entry module.
 */
import path from 'node:path';
import type { ArticleRecord, OutputFile, SourceFile } from './types.js';
import type { Config } from './config/load-config.js';
import { readSources } from './read/read-sources.js';
import { readAssets } from './read/read-assets.js';
import { readPeopleFile } from './read/read-people-file.js';
import { parseSource } from './parse/parse-source.js';
import { extractArticle } from './extract/extract-article.js';
import { buildIndex } from './index/build-index.js';
import { NO_PEOPLE_RULES, parsePeopleFile } from './index/parse-people-file.js';
import { planRoutes } from './render/plan-routes.js';
import { loadTemplates } from './render/templates.js';
import { renderSite } from './render/render-site.js';
import { indexSearch } from './search/index-search.js';
import { renderMachineFiles } from './render/render-machine-files.js';
import { createDiskWriter, type Writer } from './write/write-site.js';
import { fromVFileMessage, type Problem } from './report/problem.js';

/** How long one stage took and how many things it handled. */
export interface StageTiming {
  stage: string;
  count: number;
  unit: string;
  ms: number;
}

/** What a build did: the records it made, the problems it found, and whether the site was written. */
export interface BuildResult {
  records: ArticleRecord[];
  problems: Problem[];
  stages: StageTiming[];
  pages: number;
  /** True when the site was written; false when a template error stopped it before writing. */
  written: boolean;
  /** Articles dropped because of errors. */
  dropped: number;
}

/** Options for a build beyond the config. */
export interface BuildOptions {
  /** Where the site goes; defaults to an atomic disk writer for `config.outputDir`. */
  writer?: Writer;
  /** Called after each stage, for progress lines. */
  onStage?: (timing: StageTiming) => void;
}

/** The records extracted from some sources, the problems found, and how many articles were dropped. */
export interface Extraction {
  records: ArticleRecord[];
  problems: Problem[];
  dropped: number;
}

/** Reads and extracts every article of the content folder, reporting problems; no templates, no output. */
export async function extractAll(config: Readonly<Config>, onStage?: (timing: StageTiming) => void): Promise<Extraction> {
  const timer = stageTimer(onStage);
  const sources = await readSources(config.contentDir);
  timer('read', sources.length, 'files');
  const extraction = extractSources(sources);
  timer('extract', extraction.records.length, 'articles');
  return extraction;
}

/** Parses and extracts source files one by one; a file with an error is reported and dropped. */
export function extractSources(sources: SourceFile[]): Extraction {
  const problems: Problem[] = [];
  const records: ArticleRecord[] = [];
  let dropped = 0;
  for (const file of sources) {
    const shown = path.relative(process.cwd(), file.path) || file.path;
    if (file.messages.some((message) => message.fatal)) {
      problems.push(...file.messages.map((message) => fromVFileMessage(message, shown)));
      dropped++;
      continue;
    }
    const parsed = parseSource(file);
    const result = parsed.file.messages.some((message) => message.fatal) ? { problems: [] } : extractArticle(parsed);
    problems.push(...file.messages.map((message) => fromVFileMessage(message, shown)));
    for (const problem of result.problems) {
      problems.push({ file: shown, ...problem.place, severity: problem.fatal ? 'error' : 'warning', reason: problem.reason, ruleId: problem.ruleId });
    }
    if ('record' in result && result.record) records.push(result.record);
    else dropped++;
  }
  return { records, problems, dropped };
}

/** Builds the site described by the config and writes it, unless an error in the content stops it. */
export async function build(config: Readonly<Config>, options: BuildOptions = {}): Promise<BuildResult> {
  const stages: StageTiming[] = [];
  const onStage = (timing: StageTiming): void => {
    stages.push(timing);
    options.onStage?.(timing);
  };
  const { records, problems, dropped } = await extractAll(config, onStage);
  const timer = stageTimer(onStage);

  const peopleFile = await readPeopleFile(config.contentDir);
  const people = peopleFile ? parsePeopleFile(peopleFile.text, path.relative(process.cwd(), peopleFile.path)) : { rules: NO_PEOPLE_RULES, problems: [] };
  const { index, collisions, problems: indexProblems } = buildIndex(records, people.rules);
  problems.push(...people.problems, ...indexProblems);
  for (const { record, keptBy, previousSlug } of collisions) {
    problems.push({ file: path.relative(process.cwd(), path.join(config.contentDir, record.source)), line: 1, column: 1, severity: 'warning', reason: `The slug "${previousSlug}" is already used on ${record.date} by ${keptBy}; this article is published as "${record.slug}". Set a distinct "slug" in its front matter.`, ruleId: 'slug-duplicate' });
  }
  timer('index', index.articles.length, 'articles');

  const routes = planRoutes(index);
  const templates = await loadTemplates(config.templatesDir);
  const rendered = renderSite(routes, templates, config);
  for (const problem of rendered.problems) {
    const where = problem.source ? `the page of ${problem.source}` : `the page ${problem.path}`;
    problems.push({ file: problem.file, line: problem.line ?? 1, column: 1, severity: 'error', reason: `Rendering ${where} failed: ${problem.reason}. Fix the template.`, ruleId: 'template-error' });
  }
  timer('render', rendered.files.length, 'pages');

  // A broken article is dropped and the rest still publish; a broken template would publish broken pages, so the
  // previous site stays instead.
  if (rendered.problems.length) return { records, problems, stages, pages: rendered.files.length, written: false, dropped };
  const search = config.search ? await indexSearch(index, rendered.files, config.language) : undefined;
  if (search) timer('search', search.articles + search.quotes, 'records');
  const files: OutputFile[] = [...rendered.files, ...(await renderMachineFiles(index, routes, config)), ...(search?.files ?? []), ...(await readAssets(config.templatesDir))];
  const writer = options.writer ?? createDiskWriter(config.outputDir, [config.contentDir, config.templatesDir, process.cwd()]);
  await writer.write(files);
  timer('write', files.length, 'files');
  return { records, problems, stages, pages: rendered.files.length, written: true, dropped };
}

function stageTimer(onStage?: (timing: StageTiming) => void): (stage: string, count: number, unit: string) => void {
  let last = performance.now();
  return (stage, count, unit) => {
    const now = performance.now();
    onStage?.({ stage, count, unit, ms: now - last });
    last = now;
  };
}
