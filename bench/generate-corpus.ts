/**
 * A deterministic synthetic news corpus for the benchmark: wire-style articles with quotes, titles, organisations
 * and dates spread over 25 years, half plain text and half Markdown with front matter. Article `i` depends only on
 * the seed and `i`, so adding article N+1 changes no other file. No copied text: every sentence is assembled from
 * the invented word lists in synthetic-words.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as words from './synthetic-words.js';

const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = 25 * 365 + 6;
const PEOPLE = 4000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** One generated article: its file name under the content folder, its text, and its plain-Markdown twin. */
export interface SyntheticArticle {
  name: string;
  text: string;
  date: string;
  title: string;
  /** The same article as a plain Markdown page for other generators (title and date in front matter). */
  markdown: string;
}

/** Writes `count` articles into `dir` (and, when given, their plain-Markdown twins into `markdownDir`). */
export async function generateCorpus(dir: string, count: number, markdownDir?: string, seed = 1): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (markdownDir) await mkdir(markdownDir, { recursive: true });
  for (let start = 0; start < count; start += 256) {
    const batch = Array.from({ length: Math.min(256, count - start) }, (_, offset) => syntheticArticle(start + offset, seed));
    await Promise.all(batch.map(async (article) => {
      await writeFile(path.join(dir, article.name), article.text);
      if (markdownDir) await writeFile(path.join(markdownDir, `${article.name.replace(/\.\w+$/, '')}.md`), article.markdown);
    }));
  }
}

/** Article number `index` of the corpus made with `seed`. */
export function syntheticArticle(index: number, seed = 1): SyntheticArticle {
  const random = mulberry32(hashInts(seed, index));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const person = (): { name: string; title: string; role: string; org: string } => {
    // Cubing skews the draw so a few people are quoted often, as in a real archive.
    const id = Math.floor(PEOPLE * random() ** 3);
    const name = `${words.GIVEN_NAMES[id % words.GIVEN_NAMES.length]} ${words.FAMILY_NAMES[Math.floor(id / words.GIVEN_NAMES.length) % words.FAMILY_NAMES.length]}`;
    return { name, title: words.TITLES[id % words.TITLES.length], role: words.ROLES[id % words.ROLES.length], org: words.ORGANISATIONS[id % words.ORGANISATIONS.length] };
  };
  const day = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const markdown = index % 2 === 1;
  const [open, close] = markdown ? ['"', '"'] : ['“', '”'];
  const topic = pick(words.TOPICS);
  const place = pick(words.PLACES);
  const lead = person();
  const statement = (): string => pick(words.STATEMENTS).replace('{topic}', pick(words.TOPICS));
  const paragraphs: string[] = [
    `${place.toUpperCase()} — ${lead.title} ${lead.name}, ${lead.role} ${lead.org}, ${pick(words.ACTIONS)} ${topic} on ${WEEKDAYS[day.getUTCDay()]}, a move that ${pick(words.ORGANISATIONS)} said would affect ${1 + Math.floor(random() * 900)},000 people across the region.`,
  ];
  const count = 14 + Math.floor(random() * 11);
  for (let paragraph = 1; paragraph < count; paragraph++) {
    const speaker = random() < 0.3 ? lead : person();
    const surname = speaker.name.split(' ')[1];
    switch (Math.floor(random() * 5)) {
      case 0:
        paragraphs.push(`${open}${statement()},${close} ${paragraph === 1 ? `${speaker.title} ${speaker.name}` : surname} ${pick(words.SAID)}. ${open}${statement()}.${close}`);
        break;
      case 1:
        paragraphs.push(`${speaker.name}, ${speaker.role} ${speaker.org}, said the decision on ${pick(words.TOPICS)} had been ${pick(words.ACTIONS)} after ${2 + Math.floor(random() * 40)} days of talks. ${open}${statement()},${close} ${surname} said.`);
        break;
      case 2:
        paragraphs.push(`Officials in ${pick(words.PLACES)} ${pick(words.ACTIONS)} a plan worth ${1 + Math.floor(random() * 95)} million euros on ${WEEKDAYS[Math.floor(random() * 7)]}, according to documents seen by ${pick(words.SOURCES)}. The plan covers ${topic}, ${pick(words.TOPICS)} and, in later years, ${pick(words.TOPICS)}.`);
        break;
      case 3:
        paragraphs.push(`${pick(words.ORGANISATIONS).replace(/^the /, 'The ')} ${pick(words.ACTIONS)} the proposal, saying in a filing that ${topic} had cost ${3 + Math.floor(random() * 60)} percent more than forecast. A vote is expected in ${pick(words.PLACES)} before the end of the ${random() < 0.5 ? 'month' : 'year'}.`);
        break;
      default:
        paragraphs.push(`Asked about ${pick(words.TOPICS)}, ${speaker.title} ${speaker.name} told ${pick(words.SOURCES)}: ${open}${statement()}. ${statement()}.${close}`);
    }
  }
  const title = `${lead.name.split(' ')[1]} ${pick(words.ACTIONS)} ${topic} in ${place}`.replace(/^./, (first) => first.toUpperCase());
  const stem = `${date}-${String(index).padStart(6, '0')}`;
  const body = paragraphs.join('\n\n');
  const plainMarkdown = `---\ntitle: "${title}"\ndate: ${date}\nlayout: article.njk\n---\n\n${paragraphs.map((text) => text.replaceAll('“', '"').replaceAll('”', '"')).join('\n\n')}\n`;
  if (!markdown) return { name: `${stem}.txt`, text: `date ${date}\n${body}\n`, date, title, markdown: plainMarkdown };
  const front = [`title: "${title}"`, `date: ${date}`, `author: ${pick(words.GIVEN_NAMES)} ${pick(words.FAMILY_NAMES)}`, `source: ${pick(words.SOURCES)}`, `tags: [${pick(words.TAGS)}, ${pick(words.TAGS)}]`];
  const emphasised = body.replace(lead.org, `**${lead.org}**`);
  return { name: `${stem}.md`, text: `---\n${front.join('\n')}\n---\n\n${emphasised}\n`, date, title, markdown: plainMarkdown };
}

/** A small, fast, seedable PRNG (mulberry32): reproducible across Node versions, unlike Math.random. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hashInts(a: number, b: number): number {
  return Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
}
