/**
 * People across the archive: merges every article's `Person`s (see merge-people) into `ArchivePerson`s with a
 * display name, a stable slug, the titles and descriptions seen with their dates, the articles naming them and the
 * people named with them. Quotes are added by the caller once quotes are indexed.
 */
import { createHash } from 'node:crypto';
import type { ArchivePerson, ArticleSummary, SeenText } from '../types.js';
import type { Problem } from '../report/problem.js';
import { makeSlug } from '../extract/make-slug.js';
import { mergePeople, type PersonGroup } from './merge-people.js';
import type { PeopleRules } from './parse-people-file.js';
import type { ArchiveFinding } from './check-archive.js';
import { leadsWithSurname, nameTokens, sortKeyOf, withoutMiddleInitials } from './name-keys.js';

/** Slugs a person cannot have because other pages under /people/ use them: the ranking and the letter pages. */
const RESERVED_PERSON_SLUGS = new Set(['most-quoted', 'other', ...'abcdefghijklmnopqrstuvwxyz']);

const NAMED_WITH = 10;

/** The archive's people and each article's person slugs: what `indexPeople` makes, problems aside. */
export interface ArchivePeople {
  people: ArchivePerson[];
  personSlugs: Record<string, Array<string | null>>;
  /** The warnings about names spelled two ways (`findNameVariants`), once the archive checks have run. */
  nameVariants?: ArchiveFinding[];
}

/**
 * The people an earlier build indexed from the same summaries (but their cache keys and word counts) and the same
 * rules, if the caller has them (`earlier`), and where this build's go (`now`) for the next build. Merging people
 * across the archive is most of the index stage, and an edit of an article's body changes nothing it reads.
 */
export interface PeopleMemo {
  earlier?: ArchivePeople;
  now?: ArchivePeople;
}

/**
 * The archive's people in A–Z order, each article's person slugs, and problems with the editor's rules; from
 * `memo.earlier` when given (it must have been made from these records and rules).
 */
export function indexPeople(records: ArticleSummary[], rules: PeopleRules, memo?: PeopleMemo): ArchivePeople & { problems: Problem[] } {
  const problems = checkRuleArticles(records, rules);
  if (memo?.earlier) {
    memo.now = memo.earlier;
    return { ...memo.earlier, problems };
  }
  const { groups, groupOf } = mergePeople(records, rules);
  const slugs = assignSlugs(groups);
  const people = groups.map((group, index) => toArchivePerson(group, slugs[index]));
  const personSlugs: Record<string, Array<string | null>> = {};
  for (const [id, indexes] of groupOf) personSlugs[id] = indexes.map((index) => (index === null ? null : slugs[index]));
  addNamedWith(people, records, personSlugs);
  people.sort((a, b) => (a.sortKey !== b.sortKey ? (a.sortKey < b.sortKey ? -1 : 1) : a.slug < b.slug ? -1 : 1));
  if (memo) memo.now = { people, personSlugs };
  return { people, personSlugs, problems };
}

function toArchivePerson(group: PersonGroup, slug: string): ArchivePerson {
  const members = group.members;
  const name = group.rule?.name ?? displayName(group);
  const forms = new Set(members.flatMap(({ person }) => [person.name, ...person.aliases]));
  forms.delete(name);
  const articles = [...new Set(members.map(({ record }) => record.id))].reverse();
  const person: ArchivePerson = {
    slug,
    name,
    sortKey: sortKeyOf(name, leadsWithSurname(name, [...forms])),
    aliases: [...forms].sort(),
    titles: seen(members.flatMap(({ record, person: p }) => p.titles.map((text) => ({ text, date: record.date })))),
    descriptions: seen(members.flatMap(({ record, person: p }) => p.descriptions.map((text) => ({ text, date: record.date })))),
    first: members[0].record.date,
    last: members.at(-1)!.record.date,
    articles,
    quotes: [],
    namedWith: [],
  };
  if (group.rule?.wikidata) person.wikidata = group.rule.wikidata;
  return person;
}

/** The full name most articles use; ties go to the longer form, then the earlier one. */
function displayName(group: PersonGroup): string {
  const articlesByName = new Map<string, Set<string>>();
  for (const { record, person } of group.members) {
    const articles = articlesByName.get(person.name) ?? new Set();
    articlesByName.set(person.name, articles.add(record.id));
  }
  let best = '';
  let bestScore: number[] = [];
  for (const [name, articles] of articlesByName) {
    const score = [nameTokens(name).length > 1 ? 1 : 0, articles.size, name.length];
    if (!best || compareScores(score, bestScore) > 0) [best, bestScore] = [name, score];
  }
  return best;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Slugs that stay put as the archive grows: the editor's slug or name when given, else the full name of the oldest
 * article naming them, without middle initials (a later, more frequent spelling changes the display name, never
 * the URL; an older article adding "J." changes nothing either). When two people would share a slug, the one who
 * appeared first keeps it and the other gets a suffix hashed from their own first appearance, which no other
 * person's articles can change.
 */
function assignSlugs(groups: PersonGroup[]): string[] {
  const wanted = groups.map((group) => {
    if (group.rule) return group.rule.slug ?? makeSlug(group.rule.name);
    const named = group.members.find(({ person }) => nameTokens(person.name).length > 1) ?? group.members[0];
    return makeSlug(withoutMiddleInitials(named.person.name));
  });
  const order = groups.map((_, index) => index).sort((a, b) => {
    const [pinnedA, pinnedB] = [groups[a].rule?.slug ? 0 : 1, groups[b].rule?.slug ? 0 : 1];
    if (pinnedA !== pinnedB) return pinnedA - pinnedB;
    const [first, second] = [groups[a].members[0], groups[b].members[0]];
    if (first.record.date !== second.record.date) return first.record.date < second.record.date ? -1 : 1;
    return first.record.source < second.record.source ? -1 : first.record.source > second.record.source ? 1 : first.index - second.index;
  });
  const taken = new Set(RESERVED_PERSON_SLUGS);
  const slugs: string[] = [];
  for (const index of order) {
    let slug = wanted[index];
    if (taken.has(slug)) {
      const { record, person } = groups[index].members[0];
      slug = `${slug}-${createHash('sha1').update(`${record.source}\n${person.name}`).digest('hex').slice(0, 6)}`;
    }
    taken.add(slug);
    slugs[index] = slug;
  }
  return slugs;
}

/** Titles or descriptions with their first and last dates, the most recent first. */
function seen(uses: Array<{ text: string; date: string }>): SeenText[] {
  const byText = new Map<string, SeenText>();
  for (const { text, date } of uses) {
    const entry = byText.get(text);
    if (!entry) byText.set(text, { text, first: date, last: date, count: 1 });
    else {
      entry.count++;
      if (date < entry.first) entry.first = date;
      if (date > entry.last) entry.last = date;
    }
  }
  return [...byText.values()].sort((a, b) => (a.last !== b.last ? (a.last < b.last ? 1 : -1) : b.count - a.count || (a.text < b.text ? -1 : 1)));
}

function addNamedWith(people: ArchivePerson[], records: ArticleSummary[], personSlugs: Record<string, Array<string | null>>): void {
  const counts = new Map<string, Map<string, number>>();
  for (const record of records) {
    const present = [...new Set(personSlugs[record.id]?.filter((slug): slug is string => slug !== null))];
    for (const a of present) {
      const row = counts.get(a) ?? new Map<string, number>();
      counts.set(a, row);
      for (const b of present) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  for (const person of people) {
    person.namedWith = [...(counts.get(person.slug) ?? [])]
      .map(([slug, count]) => ({ slug, count }))
      .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1))
      .slice(0, NAMED_WITH);
  }
}

/** Warns about `articles` entries in the people file that name no article, so a typo does not go unnoticed. */
function checkRuleArticles(records: ArticleSummary[], rules: PeopleRules): Problem[] {
  const sources = new Set(records.map((record) => record.source));
  return rules.people.flatMap((rule) =>
    (rule.articles ?? [])
      .filter(({ source }) => !sources.has(source))
      .map(({ source, place }) => ({ file: rules.file, ...place, severity: 'warning' as const, reason: `No article "${source}" in the content folder. Give the file's path relative to the content folder.`, ruleId: 'people-file-article' })),
  );
}
