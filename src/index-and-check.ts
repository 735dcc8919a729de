/**
 * The second half of `check`, which a build runs too: index the extracted articles and run the archive-wide checks.
 * It loads no parser or extractor, so a build whose changed articles came from the record cache or were extracted in
 * workers does not load them at all.
 */
import path from 'node:path';
import type { ArticleRecord, ArticleSummary, SiteIndex } from './types.js';
import type { Config } from './config/load-config.js';
import { readFiles } from './read/read-sources.js';
import type { PeopleFile } from './read/read-people-file.js';
import { buildIndex } from './index/build-index.js';
import type { QuoteGroupMemo } from './index/group-quotes.js';
import type { PeopleMemo } from './index/index-people.js';
import { NO_PEOPLE_RULES, parsePeopleFile } from './index/parse-people-file.js';
import { checkArchive, type ArchiveFinding } from './index/check-archive.js';
import { localToday } from './index/check-dates.js';
import type { FindingPlaceMemo } from './cache/finding-place-cache.js';
import type { Place } from './extract/place-anchor.js';
import type { Problem } from './report/problem.js';
import { shownPath, type Run, type StageTiming } from './build-run.js';

/** What indexing and checking found: the archive index, every problem, and how many articles errors dropped. */
export interface IndexResult {
  index: SiteIndex;
  problems: Problem[];
  stages: StageTiming[];
  dropped: number;
}

/**
 * The index and archive checks over extracted articles (whole records or summaries) and the editor's people file
 * (as `readPeopleFile` gave it): the second half of `check`. `memos` carry quote groupings, people and the places of
 * the archive's warnings between builds.
 */
export async function indexAndCheck(config: Readonly<Config>, { articles, problems, dropped }: { articles: ReadonlyArray<ArticleRecord | ArticleSummary>; problems: Problem[]; dropped: number }, peopleFile: PeopleFile | undefined, run: Run, memos: { groupings?: QuoteGroupMemo; people?: PeopleMemo; places?: FindingPlaceMemo } = {}): Promise<IndexResult> {
  run.start('index', articles.length, 'articles');
  const people = peopleFile ? parsePeopleFile(peopleFile.text, shownPath(peopleFile.path)) : { rules: NO_PEOPLE_RULES, problems: [] };
  const { index, summaries, collisions, problems: indexProblems } = buildIndex(articles, people.rules, memos);
  problems.push(...people.problems, ...indexProblems);
  for (const { record, keptBy, previousSlug } of collisions) {
    problems.push({ file: shownPath(path.join(config.contentDir, record.source)), line: 1, column: 1, severity: 'warning', reason: `The slug "${previousSlug}" is already used on ${record.date} by ${keptBy}; this article is published as "${record.slug}". Set a distinct "slug" in its front matter.`, ruleId: 'slug-duplicate' });
  }
  run.end(index.articles.length);

  run.start('check', index.articles.length, 'articles');
  const findings = checkArchive(summaries, localToday(), index.personSlugs, people.rules, memos.people);
  // One by one: a large archive's warnings are too many to spread as arguments.
  for (const problem of await placeFindings(findings, summaries, config.contentDir, memos.places)) problems.push(problem);
  run.end(index.articles.length);
  return { index, problems, stages: run.stages, dropped };
}

/**
 * Places archive-wide findings in their files. Records keep no file positions, so the few articles warned about
 * are read and parsed again: cheap next to holding every article's tree in memory for the odd warning. With a memo,
 * a finding in a file the last build placed it in (same cache key) keeps its place, and nothing is parsed for it.
 */
async function placeFindings(findings: ArchiveFinding[], summaries: ArticleSummary[], contentDir: string, memo?: FindingPlaceMemo): Promise<Problem[]> {
  const bySource = new Map<string, ArchiveFinding[]>();
  for (const finding of findings) {
    const found = bySource.get(finding.source);
    if (found) found.push(finding);
    else bySource.set(finding.source, [finding]);
  }
  const keys = new Map(summaries.flatMap((summary) => (summary.key && bySource.has(summary.source) ? [[summary.source, summary.key]] : [])));
  const recall = (source: string, finding: ArchiveFinding): Place | undefined => {
    const key = keys.get(source);
    return key === undefined ? undefined : memo?.recall(key, finding.anchor);
  };
  const unplaced = [...bySource].filter(([source, found]) => found.some((finding) => !recall(source, finding))).map(([source]) => source);
  const placed = new Map<string, Place[]>();
  if (unplaced.length) {
    const [{ parseSource }, { placeAnchors }] = await Promise.all([import('./parse/parse-source.js'), import('./extract/place-anchor.js')]);
    const files = await readFiles(unplaced.map((source) => path.join(contentDir, source)), contentDir);
    files.forEach((file, position) => placed.set(unplaced[position], placeAnchors(parseSource(file), bySource.get(unplaced[position])!.map((finding) => finding.anchor))));
  }
  return [...bySource].flatMap(([source, found]) => found.map((finding, index) => {
    // Every finding of a source is placed again when any of them was not recalled.
    const place = placed.get(source)?.[index] ?? recall(source, finding)!;
    const key = keys.get(source);
    if (key !== undefined) memo?.remember(key, finding.anchor, place);
    return { file: shownPath(path.join(contentDir, source)), ...place, severity: 'warning' as const, reason: finding.reason, ruleId: finding.ruleId };
  }));
}
