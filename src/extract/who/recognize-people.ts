/**
 * Recognises the people an article names: classifies capitalised runs, groups full names and spelling variants
 * into one person, resolves surname-only and first-name-only mentions to the person they mean, and keeps titles,
 * appositive descriptions and party tags.
 */
import type { Mention, Person } from '../../types.js';
import { classifyNameRun, classifyToken, type ClassifiedRun } from './classify-name-run.js';
import { findNameRuns, type NameRun } from './find-name-runs.js';
import { editDistance, foldName } from './fold-name.js';
import { ROLE_GENDER, ROLE_NOUNS } from './role-nouns.js';
import { SPEECH_VERBS } from './speech-verbs.js';

/** A named thing found in the text: a person (with its index in `people`), an organisation or a place. */
export interface Entity {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: 'person' | 'organization' | 'place' | 'other';
  person?: number;
}

/** The people of an article with what attribution needs: every entity by paragraph and each person's gender. */
export interface PeopleIndex {
  people: Person[];
  genders: ('male' | 'female' | undefined)[];
  /** Entities of each body paragraph in text order; the title's are left out. */
  entities: Entity[][];
  /** Acronyms the article defines, mapped to the full name: "WHO" → "World Health Organization". */
  acronyms: Map<string, string>;
}

const ACRONYM_DEFINED = /((?:[\p{Lu}][\p{L}'\u2019-]*\s+)(?:(?:of|for|on|and|the|de)\s+|[\p{Lu}][\p{L}'\u2019-]*\s+){0,8}[\p{Lu}][\p{L}'\u2019-]*)\s+\((\p{Lu}{2,8})\)/gu;

/** Finds "World Health Organization (WHO)" definitions in the text. */
function findAcronyms(paragraphs: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of paragraphs) {
    ACRONYM_DEFINED.lastIndex = 0;
    for (let m = ACRONYM_DEFINED.exec(p); m !== null; m = ACRONYM_DEFINED.exec(p)) {
      const words = m[1].split(/\s+/);
      const letters = m[2];
      // Keep as many trailing words as the acronym has capitals (small words ride along).
      let kept = 0;
      let capitals = 0;
      for (let i = words.length - 1; i >= 0 && capitals < letters.length; i--, kept++) if (/^\p{Lu}/u.test(words[i])) capitals++;
      const full = words.slice(words.length - kept).join(' ').replace(/^the\s+/i, '');
      if (full[0] === letters[0] && !map.has(letters)) map.set(letters, full);
    }
  }
  return map;
}

interface Candidate {
  paragraph: number;
  run: NameRun;
  cls: ClassifiedRun;
  start: number;
  end: number;
  text: string;
  key: string[];
  evidence: boolean;
  description?: string;
  roleGender?: 'male' | 'female';
  person?: number;
}

interface Cluster {
  members: Candidate[];
  gender?: 'male' | 'female';
}

const ADVERB = /^(?:also|later|then|previously|further|again|recently|earlier|reportedly|once|had|has|have|was|is|would|will|who|\u2014)$/;
const APPOSITIVE = /^,\s+((?:a|an|the|his|her|their)\s[^,.;:()"\u201C\u201D]{2,140}?|\p{Ll}+\s+(?:of|at|for|in)\s[^,.;:()"\u201C\u201D]{2,100}?)(?=,|\.\s|\.$|;)/u;
const AGE = /^,\s+\d{1,3},/;

function nextWords(text: string, from: number): string[] {
  return text.slice(from, from + 60).split(/[^\p{L}\u2014]+/u).filter(Boolean).slice(0, 3).map((w) => w.toLowerCase());
}

function previousWord(text: string, before: number): string {
  const m = /([\p{L}\u00E9]+)\s+$/u.exec(text.slice(Math.max(0, before - 30), before));
  return m ? m[1] : '';
}

function hasSpeechVerbAfter(text: string, end: number): boolean {
  if (/^\s*,/.test(text.slice(end))) return false;
  const words = nextWords(text, end);
  for (const w of words) {
    if (SPEECH_VERBS.has(w)) return true;
    if (!ADVERB.test(w)) return false;
  }
  return false;
}

function makeCandidate(paragraph: number, text: string, run: NameRun): Candidate | undefined {
  const cls = classifyNameRun(run);
  if (cls.tokens.length === 0) return undefined;
  const start = cls.tokens[0].start;
  const end = cls.tokens[cls.tokens.length - 1].end;
  const after = text.slice(end);
  const app = APPOSITIVE.exec(after);
  const role = previousWord(text, run.start);
  const roleWord = role.toLowerCase();
  const roleBefore = cls.titles.length === 0 && role === roleWord && ROLE_NOUNS.has(roleWord);
  let description = app ? app[1].trim() : undefined;
  if (description && !/^(a|an|the)\s/.test(description) && !ROLE_NOUNS.has(description.split(/\s/)[0].replace(/[^\p{L}]/gu, ''))) description = undefined;
  // "Trump, the Pentagon confirmed": a clause about someone else, not a description.
  if (description && (/^the\s+\p{Lu}/u.test(description) || description.split(/\s+/).some((w) => SPEECH_VERBS.has(w)))) description = undefined;
  const evidence = cls.titles.length > 0 || roleBefore || description !== undefined || AGE.test(after) || run.partyTag !== undefined || hasSpeechVerbAfter(text, end);
  let roleGender = roleBefore ? ROLE_GENDER.get(roleWord) : undefined;
  if (description) roleGender ??= ROLE_GENDER.get(description.split(/\s+/)[1] ?? '');
  const written = run.nickname ? cls.tokens.map((t) => t.text).join(' ') : text.slice(start, end);
  return {
    paragraph, run, cls, start, end, text: written, key: cls.tokens.map((t) => foldName(t.text)),
    evidence, description: description ?? (run.partyTag ? run.partyTag : undefined), roleGender,
  };
}

/** Whether two full names (two or more words) name the same person. */
function sameFullName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.join(' ') === long.join(' ')) return true;
  if (short[0] === long[0] && short[short.length - 1] === long[long.length - 1]) {
    let j = 0;
    for (const t of long) if (t === short[j]) j++;
    return j === short.length;
  }
  if (short.length >= 2 && long.slice(long.length - short.length).join(' ') === short.join(' ') && short.length >= 2) return true;
  const sl = short[short.length - 1];
  const ll = long[long.length - 1];
  return short.length === long.length && short[0] === long[0] && sl.length >= 5 && editDistance(sl, ll, 2) <= 2;
}

function bareSurname(token: string): string {
  return token.replace(/^(al|el|ad|as|ash|bin|ibn)-/, '');
}

/** Whether a short mention (one word, or a surname with particles) can refer to a clustered person. */
function shortMatches(key: string[], cluster: Cluster): 'surname' | 'first' | undefined {
  const joined = key.join(' ');
  for (const m of cluster.members) {
    const k = m.key;
    if (k.length === 1) {
      if (k[0] === joined) return 'surname';
      continue;
    }
    const tail = k.slice(k.length - key.length).join(' ');
    if (tail === joined || (key.length === 1 && bareSurname(k[k.length - 1]) === key[0])) return 'surname';
    if (key.length === 1 && k[0] === key[0]) return 'first';
  }
  return undefined;
}

function position(c: Candidate): number {
  return c.paragraph * 1e6 + c.start;
}

/** Recognises the people named in an article's title and body paragraphs. */
export function recognizePeople(title: string, titleIsLede: boolean, paragraphs: readonly string[]): PeopleIndex {
  const candidates: Candidate[] = [];
  const entities: Entity[][] = paragraphs.map(() => []);
  const units: [number, string][] = titleIsLede ? [] : [[-1, title]];
  paragraphs.forEach((p, i) => units.push([i, p]));
  for (const [paragraph, text] of units) {
    for (const run of findNameRuns(text)) {
      const c = makeCandidate(paragraph, text, run);
      if (!c) continue;
      const kind = c.cls.kind;
      if (kind === 'person' || kind === 'possible-person' || kind === 'single') candidates.push(c);
      else if (paragraph >= 0) entities[paragraph].push({ paragraph, start: run.start, end: run.end, text: text.slice(run.start, run.end), kind: kind === 'organization' ? 'organization' : kind === 'place' ? 'place' : 'other' });
    }
  }
  const clusters: Cluster[] = [];
  const join = (c: Candidate, index: number): void => {
    c.person = index;
    clusters[index].members.push(c);
    clusters[index].gender ??= c.cls.gender ?? c.roleGender;
  };
  // Full names first, in reading order, so short mentions can look both ways.
  for (const c of candidates) {
    const full = c.cls.kind === 'person' || (c.cls.kind === 'possible-person' && c.evidence);
    if (!full || c.key.length < 2) continue;
    const index = clusters.findIndex((cl) => cl.members.some((m) => m.key.length >= 2 && sameFullName(m.key, c.key)));
    if (index >= 0) join(c, index);
    else {
      clusters.push({ members: [] });
      join(c, clusters.length - 1);
    }
  }
  // Short mentions: the nearest person they fit, preferring one named before them.
  for (const c of candidates) {
    if (c.person !== undefined) continue;
    const matches: { index: number; how: 'surname' | 'first' }[] = [];
    clusters.forEach((cl, index) => {
      const how = shortMatches(c.key, cl);
      if (how) matches.push({ index, how });
    });
    const surnames = matches.filter((m) => m.how === 'surname');
    const pool = surnames.length > 0 ? surnames : matches.length === 1 ? matches : [];
    if (pool.length > 0) {
      const here = position(c);
      let best = pool[0].index;
      let bestScore = Infinity;
      for (const m of pool) {
        for (const mem of clusters[m.index].members) {
          const d = position(mem) <= here ? here - position(mem) : 1e12 + position(mem) - here;
          if (d < bestScore) {
            bestScore = d;
            best = m.index;
          }
        }
      }
      join(c, best);
      continue;
    }
    const cls = classifyToken(c.run.tokens[c.run.tokens.length - 1].text);
    const standalone = c.key.length === 1 && (cls === 'first' || ((cls === 'name' || cls === 'weak-first') && c.evidence));
    if (standalone) {
      clusters.push({ members: [] });
      join(c, clusters.length - 1);
    }
  }
  const people: Person[] = clusters.map((cl) => toPerson(cl));
  for (const c of candidates) {
    if (c.paragraph < 0) continue;
    const lastClass = classifyToken(c.run.tokens[c.run.tokens.length - 1].text);
    const kind = c.person !== undefined ? 'person' : c.cls.kind === 'possible-person' || lastClass === 'name' ? 'organization' : 'other';
    entities[c.paragraph].push({ paragraph: c.paragraph, start: c.start, end: c.end, text: c.text, kind, person: c.person });
  }
  for (const list of entities) list.sort((a, b) => a.start - b.start);
  return { people, genders: clusters.map((cl) => cl.gender), entities, acronyms: findAcronyms(paragraphs) };
}

function toPerson(cluster: Cluster): Person {
  const members = cluster.members;
  let canonical = members[0];
  for (const m of members) {
    const better = m.key.length > canonical.key.length || (m.key.length === canonical.key.length && m.text.length > canonical.text.length && m.key.join() !== canonical.key.join());
    if (better) canonical = m;
  }
  const name = canonical.text;
  const aliases: string[] = [];
  const titles: string[] = [];
  const descriptions: string[] = [];
  const add = (list: string[], value: string | undefined): void => {
    if (value && value !== name && !list.includes(value)) list.push(value);
  };
  for (const m of members) {
    add(aliases, m.text);
    for (const t of m.cls.titles) add(titles, t);
    add(descriptions, m.description);
    if (m.run.nickname) {
      add(aliases, m.run.nickname);
      add(aliases, `${m.run.nickname} ${m.cls.tokens[m.cls.tokens.length - 1].text}`);
    }
  }
  const mentions: Mention[] = members.map((m) => ({ paragraph: m.paragraph, start: m.start, end: m.end, text: m.text }));
  return { name, aliases, titles, descriptions, mentions };
}
