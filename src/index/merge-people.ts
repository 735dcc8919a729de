/**
 * Decides which article-level `Person`s are the same real person. The editor's people file wins; then, from the
 * strongest evidence to the weakest:
 *   1. the same full name (case, accents and punctuation aside);
 *   2. the same name but for middle initials, when only one initialled form exists ("Donald J. Trump");
 *   3. a spelling variant: the same given names and a surname of 5+ letters one edit away, doubled letters
 *      aside ("Qassem Suleimani" / "Qasem Soleimani");
 *   4. a short form of the first given name, the rest of the name the same but for middle initials as in step 2,
 *      when the archive has exactly one person it can stand for ("Bill Weld" / "William Weld"; the table is in
 *      extract/who/given-name-short-forms.ts): "Chris Evans" stays apart when both Christopher and Christina Evans
 *      are there, and never joins Christina alone;
 *   5. a surname alone, when exactly one person in the archive has that surname, or exactly one of those who
 *      have it shares a title with it ("President Trump" among the Trumps).
 * Steps 2–5 never join two people one article names separately, people the editor keeps distinct, or two editor
 * entries. Every step walks its candidates in a fixed order, so the outcome never depends on input order.
 */
import { distance } from 'fastest-levenshtein';
import type { ArticleSummary, PersonSummary } from '../types.js';
import { fullGivenNames, mayStandFor } from '../extract/who/given-name-short-forms.js';
import type { PeopleRules, PersonRule } from './parse-people-file.js';
import { leadsWithSurname, looseKey, nameKey, nameTokens, squash, surnameKey } from './name-keys.js';

/** One article's `Person`: where it is (article and position in `people`) and what it says. */
export interface Occurrence {
  record: ArticleSummary;
  index: number;
  person: PersonSummary;
}

/** One real person: the article persons merged into them, oldest article first, and the editor's entry if any. */
export interface PersonGroup {
  members: Occurrence[];
  rule?: PersonRule;
}

/** The merged people, and for each article id the group index of each of its people (null: excluded). */
export interface MergedPeople {
  groups: PersonGroup[];
  groupOf: Map<string, Array<number | null>>;
}

const MIN_VARIANT_SURNAME = 5;

interface Root {
  rule?: number;
  /** Only the editor's entry may add to this person: it is limited to named articles. */
  locked: boolean;
  articles: Set<string>;
  /** Distinct-group index → which name of that group this person is. */
  distinct: Map<number, number>;
  /** Whether a member has a name of two or more words. */
  full: boolean;
}

/** How sure a merge is: the editor's word, the same name, or an inference that more checks must back. */
type Evidence = 'editor' | 'same-name' | 'inferred';

/** Merges the people of every article into groups, one per real person. */
export function mergePeople(records: ArticleSummary[], rules: PeopleRules): MergedPeople {
  const ordered = [...records].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const excluded = new Set(rules.exclude.map(nameKey));
  const distinctTags = new Map<string, Array<[number, number]>>();
  rules.distinct.forEach((group, groupIndex) => group.forEach((name, member) => {
    const key = nameKey(name);
    distinctTags.set(key, [...(distinctTags.get(key) ?? []), [groupIndex, member]]);
  }));

  // Union-find over the editor's entries (nodes 0..n-1) and the article persons (after them).
  const parent: number[] = [];
  const roots = new Map<number, Root>();
  const newNode = (root: Root): number => {
    parent.push(parent.length);
    roots.set(parent.length - 1, root);
    return parent.length - 1;
  };
  const find = (node: number): number => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]];
    return node;
  };
  const rootOf = (node: number): Root => roots.get(find(node))!;
  const union = (a: number, b: number, evidence: Evidence): void => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    const A = roots.get(ra)!;
    const B = roots.get(rb)!;
    if (A.rule !== undefined && B.rule !== undefined && A.rule !== B.rule) return;
    if (evidence !== 'editor' && (A.locked || B.locked || conflicts(A, B))) return;
    if (evidence === 'inferred' && shareArticle(A, B)) return;
    if (A.articles.size < B.articles.size) [ra, rb] = [rb, ra];
    const big = roots.get(ra)!;
    const small = roots.get(rb)!;
    for (const article of small.articles) big.articles.add(article);
    for (const [group, member] of small.distinct) big.distinct.set(group, member);
    big.rule ??= small.rule;
    big.locked ||= small.locked;
    big.full ||= small.full;
    parent[rb] = ra;
    roots.delete(rb);
  };

  rules.people.forEach((rule, index) => newNode({ rule: index, locked: Boolean(rule.articles), articles: new Set(), distinct: new Map(), full: false }));
  const ruleFor = ruleMatcher(rules.people);
  const groupOf = new Map<string, Array<number | null>>();
  const occurrences: Array<{ occurrence: Occurrence; node: number; keys: string[] }> = [];
  // Full names some article shortens to their first word ("Xi" for Xi Jinping): that word is their surname.
  const surnameFirst = new Set<string>();
  for (const record of ordered) {
    groupOf.set(record.id, record.people.map(() => null));
    record.people.forEach((person, index) => {
      const names = [person.name, ...person.aliases];
      if (names.some((name) => excluded.has(nameKey(name)))) return;
      const distinct = new Map<number, number>();
      for (const name of names) for (const [group, member] of distinctTags.get(nameKey(name)) ?? []) distinct.set(group, member);
      // Surname-only aliases identify a person only inside the article, so only full names are keys.
      const keys = [...new Set([person.name, ...person.aliases.filter((alias) => nameTokens(alias).length > 1)].map(nameKey))].filter(Boolean);
      const full = keys.some((key) => key.includes(' '));
      if (leadsWithSurname(person.name, person.aliases)) surnameFirst.add(nameKey(person.name));
      const node = newNode({ locked: false, articles: new Set([record.id]), distinct, full });
      occurrences.push({ occurrence: { record, index, person }, node, keys });
      const rule = ruleFor(names, record.source);
      if (rule !== undefined) union(node, rule, 'editor');
    });
  }

  // 1. The same name (a mononym or a surname alone included: it is merged on by step 4 or kept as one person).
  const byKey = new Map<string, number>();
  for (const { node, keys } of occurrences) {
    for (const key of keys) {
      const first = byKey.get(key);
      if (first === undefined || rootOf(first).locked) byKey.set(key, node);
      else union(first, node, 'same-name');
    }
  }
  const fullKeys = [...byKey.keys()].filter((key) => key.includes(' ')).sort();

  // 2. Middle initials: the one initialled form of a name joins its plain form.
  const initialled = new Map<string, string[]>();
  for (const key of fullKeys) if (looseKey(key) !== key) initialled.set(looseKey(key), [...(initialled.get(looseKey(key)) ?? []), key]);
  for (const [plain, forms] of initialled) {
    if (forms.length === 1 && byKey.has(plain)) union(byKey.get(plain)!, byKey.get(forms[0])!, 'inferred');
  }

  // 3. Spelling variants: the same given names (doubled letters aside), a near-identical long surname.
  const byGiven = new Map<string, string[]>();
  for (const key of fullKeys) {
    const given = key.split(' ').slice(0, -1).map(squash).join(' ');
    byGiven.set(given, [...(byGiven.get(given) ?? []), key]);
  }
  for (const candidates of byGiven.values()) {
    const surnames = candidates.map((key) => squash(key.split(' ').at(-1)!));
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        if (Math.min(surnames[i].length, surnames[j].length) >= MIN_VARIANT_SURNAME && distance(surnames[i], surnames[j]) <= 1) {
          union(byKey.get(candidates[i])!, byKey.get(candidates[j])!, 'inferred');
        }
      }
    }
  }

  // 4. Short forms of a given name: "Bill Weld" joins William Weld when he is the one person it can stand for.
  const byLoose = new Map<string, string[]>();
  for (const key of fullKeys) byLoose.set(looseKey(key), [...(byLoose.get(looseKey(key)) ?? []), key]);
  for (const key of fullKeys) {
    const shortForm = key.slice(0, key.indexOf(' '));
    if (fullGivenNames(shortForm).length === 0) continue;
    const fullForms = fullFormsOf(key, byLoose);
    const candidates = [...new Set(fullForms.map((form) => find(byKey.get(form)!)))];
    if (candidates.length === 1 && fullForms.every((form) => mayStandFor(shortForm, form.split(' ')[0]))) union(candidates[0], byKey.get(key)!, 'inferred');
  }

  // 5. A surname alone joins the one person in the archive with that surname, if there is exactly one.
  const bySurname = new Map<string, number[]>();
  for (const key of fullKeys) {
    const surname = surnameFirst.has(key) ? key.split(' ')[0] : surnameKey(key);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), byKey.get(key)!]);
  }
  const titles = titlesByRoot(occurrences, find);
  for (const [key, node] of byKey) {
    if (key.includes(' ') || rootOf(node).full) continue;
    const candidates = [...new Set((bySurname.get(surnameKey(key)) ?? []).map(find))];
    // Relatives share a surname: "President Trump" is the one Trump the archive also calls President.
    const titled = candidates.length > 1 ? candidates.filter((root) => sharesTitle(titles.get(root), titles.get(find(node)))) : candidates;
    if (titled.length === 1) union(titled[0], node, 'inferred');
  }

  const groupIndex = new Map<number, number>();
  const groups: PersonGroup[] = [];
  for (const { occurrence, node } of occurrences) {
    const root = find(node);
    let index = groupIndex.get(root);
    if (index === undefined) {
      groupIndex.set(root, (index = groups.length));
      const rule = roots.get(root)!.rule;
      groups.push({ members: [], rule: rule === undefined ? undefined : rules.people[rule] });
    }
    groups[index].members.push(occurrence);
    groupOf.get(occurrence.record.id)![occurrence.index] = index;
  }
  return { groups, groupOf };
}

/**
 * The archive's full names (keys) a name whose first word is a short given name could stand for: the same name
 * with one of the short form's full names first ("bill weld" → "william weld"), middle initials alike or on one
 * side only, as step 2 allows ("bill clinton" → "william j clinton").
 */
function fullFormsOf(key: string, byLoose: ReadonlyMap<string, readonly string[]>): string[] {
  const [first, ...rest] = key.split(' ');
  const forms: string[] = [];
  for (const given of fullGivenNames(first)) {
    const expanded = [given, ...rest].join(' ');
    const plain = looseKey(expanded);
    for (const form of byLoose.get(plain) ?? []) if (form === expanded || form === plain || expanded === plain) forms.push(form);
  }
  return forms;
}

/** The titles ("President", "Sen.") each group's members carry, lower case, by the group's root. */
function titlesByRoot(occurrences: ReadonlyArray<{ occurrence: Occurrence; node: number }>, find: (node: number) => number): Map<number, Set<string>> {
  const titles = new Map<number, Set<string>>();
  for (const { occurrence, node } of occurrences) {
    if (occurrence.person.titles.length === 0) continue;
    const root = find(node);
    const set = titles.get(root) ?? titles.set(root, new Set()).get(root)!;
    for (const title of occurrence.person.titles) set.add(title.toLowerCase());
  }
  return titles;
}

function sharesTitle(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  for (const title of a) if (b.has(title)) return true;
  return false;
}

/** Finds the editor's entry for an article person: one limited to its article first, then a general one. */
function ruleMatcher(people: PersonRule[]): (names: string[], source: string) => number | undefined {
  const general = new Map<string, number>();
  const limited = new Map<string, number>();
  people.forEach((rule, index) => {
    for (const name of [rule.name, ...rule.aliases]) {
      if (rule.articles) for (const article of rule.articles) limited.set(`${article.source}\n${nameKey(name)}`, index);
      else if (!general.has(nameKey(name))) general.set(nameKey(name), index);
    }
  });
  return (names, source) => {
    for (const name of names) {
      const rule = limited.get(`${source}\n${nameKey(name)}`);
      if (rule !== undefined) return rule;
    }
    for (const name of names) {
      const rule = general.get(nameKey(name));
      if (rule !== undefined) return rule;
    }
    return undefined;
  };
}

function conflicts(a: Root, b: Root): boolean {
  for (const [group, member] of a.distinct) {
    const other = b.distinct.get(group);
    if (other !== undefined && other !== member) return true;
  }
  return false;
}

function shareArticle(a: Root, b: Root): boolean {
  const [small, big] = a.articles.size < b.articles.size ? [a.articles, b.articles] : [b.articles, a.articles];
  for (const article of small) if (big.has(article)) return true;
  return false;
}
