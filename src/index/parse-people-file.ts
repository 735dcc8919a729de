/**
 * The editor's people file (`content/people.yml`, `.yaml` or `.json`): corrections that win over the automatic
 * merging of people across articles. Parsed with `yaml` (which reads JSON too) so every problem is placed at the
 * file's line and column; an invalid entry is reported and skipped, the rest of the file still applies.
 *
 * ```yaml
 * people:
 *   - name: Qassem Suleimani            # the display name
 *     aliases: [Qasem Soleimani]        # other spellings: merged into this person
 *     wikidata: Q1362176
 *     slug: qassem-suleimani            # pins the URL /people/qassem-suleimani/
 *   - name: John Smith (footballer)
 *     aliases: [John Smith]
 *     articles: [2019-05-01-cup-final.md]   # only these articles' "John Smith" is this person
 * exclude: [Getty Images]               # not people: no page, never linked
 * distinct:
 *   - [John Smith, John Smyth]          # never merged automatically
 * ```
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { makeSlug } from '../extract/make-slug.js';
import type { Problem } from '../report/problem.js';
import { nameKey } from './name-keys.js';

/** A place in the people file (1-based line and column). */
export interface FilePlace {
  line: number;
  column: number;
}

/** One person the editor describes. */
export interface PersonRule {
  name: string;
  aliases: string[];
  wikidata?: string;
  slug?: string;
  /** Source paths (relative to the content folder) this rule is limited to, with their places. */
  articles?: Array<{ source: string; place: FilePlace }>;
  place: FilePlace;
}

/** Everything the editor's people file says. */
export interface PeopleRules {
  /** The file as shown in messages. */
  file: string;
  people: PersonRule[];
  /** Names that are not people. */
  exclude: string[];
  /** Groups of names that are different people and must never be merged automatically. */
  distinct: string[][];
}

/** Rules that change nothing: what the index uses when there is no people file. */
export const NO_PEOPLE_RULES: PeopleRules = { file: '', people: [], exclude: [], distinct: [] };

const TOP_KEYS = ['people', 'exclude', 'distinct'];
const PERSON_KEYS = ['name', 'aliases', 'wikidata', 'slug', 'articles'];
const RULE_ID = 'people-file-invalid';

/** Parses and validates the people file's text; `file` is the path shown in messages. */
export function parsePeopleFile(text: string, file: string): { rules: PeopleRules; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const problems: Problem[] = [];
  const rules: PeopleRules = { file, people: [], exclude: [], distinct: [] };
  const placeOf = (node: Node | null | undefined): FilePlace => {
    const position = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: position.line, column: position.col };
  };
  const report = (place: FilePlace, reason: string, ruleId = RULE_ID): void => {
    problems.push({ file, ...place, severity: 'error', reason, ruleId });
  };

  if (document.errors.length) {
    for (const error of document.errors) {
      const [start] = error.linePos ?? [{ line: 1, col: 1 }];
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      report({ line: start.line, column: start.col }, `${reason}. Fix the YAML syntax; no people rules were applied.`, 'people-file-yaml');
    }
    return { rules, problems };
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { rules, problems };
  if (!isMap(root)) {
    report(placeOf(root), `The people file must be a mapping with the keys ${TOP_KEYS.join(', ')}.`);
    return { rules, problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (key === 'people') rules.people = readPeople(value);
    else if (key === 'exclude') rules.exclude = readNames(value, '"exclude"') ?? [];
    else if (key === 'distinct') rules.distinct = readDistinct(value);
    else report(placeOf(pair.key as Node), `Unknown key "${key}". The people file knows ${TOP_KEYS.join(', ')}.`);
  }
  checkConflicts(rules.people);
  return { rules, problems };

  function readPeople(node: Node | null): PersonRule[] {
    if (!isSeq(node)) {
      report(placeOf(node), '"people" must be a list of entries, each starting with "- name:".');
      return [];
    }
    const people: PersonRule[] = [];
    for (const item of node.items as Node[]) {
      if (!isMap(item)) {
        report(placeOf(item), 'Each entry of "people" must be a mapping such as "- name: Qassem Suleimani".');
        continue;
      }
      const rule = readPerson(item);
      if (rule) people.push(rule);
    }
    return people;
  }

  function readPerson(map: YAMLMap): PersonRule | undefined {
    const place = placeOf(map as Node);
    let valid = true;
    const rule: PersonRule = { name: '', aliases: [], place };
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value as Node | null;
      const at = placeOf(value ?? (pair.key as Node));
      if (key === 'name') {
        const name = stringValue(value);
        if (name) rule.name = name;
        else valid = fail(at, '"name" must be the person\'s full name, such as "Qassem Suleimani".');
      } else if (key === 'aliases') {
        const names = readNames(value, '"aliases"');
        if (names) rule.aliases = names;
        else valid = false;
      } else if (key === 'wikidata') {
        const id = stringValue(value);
        if (id && /^Q[1-9]\d*$/.test(id)) rule.wikidata = id;
        else valid = fail(at, `"wikidata" must be a Wikidata item id such as Q1362176, not "${id ?? ''}".`);
      } else if (key === 'slug') {
        const slug = stringValue(value);
        if (slug && makeSlug(slug) === slug) rule.slug = slug;
        else valid = fail(at, `"slug" must be lower-case words joined by hyphens, such as "${makeSlug(slug ?? rule.name ?? 'name')}".`);
      } else if (key === 'articles') {
        if (isSeq(value) && value.items.every((item) => stringValue(item as Node))) {
          rule.articles = (value.items as Node[]).map((item) => ({ source: stringValue(item)!.replace(/\\/g, '/').replace(/^\.\//, ''), place: placeOf(item) }));
        } else valid = fail(at, '"articles" must be a list of article files, relative to the content folder, such as [2020-01-03-airstrike.md].');
      } else {
        valid = fail(placeOf(pair.key as Node), `Unknown key "${key}" in a person entry. Known keys: ${PERSON_KEYS.join(', ')}.`);
      }
    }
    if (!rule.name && valid) valid = fail(place, 'This entry has no "name". Add the display name, such as "name: Qassem Suleimani".');
    return valid ? rule : undefined;
  }

  function readNames(node: Node | null, what: string): string[] | undefined {
    if (isSeq(node)) {
      const names = (node.items as Node[]).map(stringValue);
      if (names.every(Boolean)) return names as string[];
    }
    report(placeOf(node), `${what} must be a list of names, such as [Qasem Soleimani, Qassim Suleimani].`);
    return undefined;
  }

  function readDistinct(node: Node | null): string[][] {
    const groups: string[][] = [];
    if (!isSeq(node)) {
      report(placeOf(node), '"distinct" must be a list of name groups, such as "- [John Smith, John Smyth]".');
      return groups;
    }
    for (const item of node.items as Node[]) {
      const names = isSeq(item) ? (item.items as Node[]).map(stringValue) : [];
      if (names.length >= 2 && names.every(Boolean)) groups.push(names as string[]);
      else report(placeOf(item), 'Each "distinct" group must list two or more names, such as [John Smith, John Smyth].');
    }
    return groups;
  }

  function checkConflicts(people: PersonRule[]): void {
    const claimed = new Map<string, PersonRule>();
    const slugs = new Map<string, PersonRule>();
    for (const rule of people) {
      if (rule.slug) {
        const other = slugs.get(rule.slug);
        if (other) report(rule.place, `The slug "${rule.slug}" is already given to ${other.name} (line ${other.place.line}). Give each person their own slug.`);
        else slugs.set(rule.slug, rule);
      }
      if (rule.articles) continue;
      for (const name of [rule.name, ...rule.aliases]) {
        const other = claimed.get(nameKey(name));
        if (other && other !== rule) report(rule.place, `"${name}" is also listed for ${other.name} (line ${other.place.line}). A name can belong to one entry; to tell two people apart, add "articles" to one of them.`);
        else claimed.set(nameKey(name), rule);
      }
    }
  }

  function fail(place: FilePlace, reason: string): false {
    report(place, reason);
    return false;
  }
}

function stringValue(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return String(value).trim() || undefined;
}
