/**
 * The hand-off types between pipeline stages. Each says which stage makes it and which reads it.
 * Everything from `ArticleRecord` on is plain JSON: it survives JSON.stringify/JSON.parse unchanged.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** The two content formats. Made by read, read by parse. */
export type SourceKind = 'text' | 'markdown';

/** A source file as read from disk: a VFile whose `data.kind` is its format. Made by read, read by parse. */
export type SourceFile = VFile & { data: { kind: SourceKind; relativePath: string } };

/** Front matter as given by the author, unknown keys kept. Made by parse, read by extract and templates. */
export type FrontMatter = Record<string, unknown>;

/** A date line in a plain-text article, with its file position. Made by parse, read by extract. */
export interface DateLine {
  value: string;
  line: number;
  column: number;
}

/** One article after parsing: front matter and an mdast tree with FILE positions. Made by parse, read by extract. */
export interface ParsedArticle {
  file: SourceFile;
  frontMatter: FrontMatter;
  /** Line of the first body line, for messages when the body is empty. */
  bodyLine: number;
  dateLine?: DateLine;
  tree: Root;
}

/** One paragraph of an article body: its plain text (what quotes index into) and its safe HTML. */
export interface BodyParagraph {
  text: string;
  html: string;
}

/** A photo caption recognised in scraped text; the credit is kept apart from the caption words. */
export interface Figure {
  caption: string;
  credit: string;
  /** Index of the body paragraph this figure stood before (body.length when it came last). */
  before: number;
}

/** Where a person's name occurs: paragraph index (-1 for the title) and character offsets in its text. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A real person named in an article. Made by extract, merged across the archive by index. */
export interface Person {
  /** The fullest form of the name used, without titles. */
  name: string;
  /** Every other form the article uses (surname alone, other spellings). */
  aliases: string[];
  /** Honorifics and titles seen before the name (Gen., Sen., President). */
  titles: string[];
  /** Appositive descriptions ("a vice president at the Center for American Progress"). */
  descriptions: string[];
  mentions: Mention[];
}

/** Who said a quote. `name` is a person's canonical name, an organisation, or for `unknown` the description. */
export interface Speaker {
  name: string;
  kind: 'person' | 'organization' | 'unknown';
}

/** One contiguous quoted span. Offsets index into `body[paragraph].text`, excluding the quote marks. */
export interface Quote {
  /** Stable: a hash of the article id and the normalised quote text. */
  id: string;
  text: string;
  speaker: Speaker;
  /** The attribution cue as written ("said", "told Reuters", "according to"), or "" when none. */
  cue: string;
  paragraph: number;
  start: number;
  end: number;
  /** Quotes split by one attribution share an utterance id (the id of the first span). */
  utterance: string;
}

/** A problem found in an article, before positions are mapped to the file. Made by extract. */
export interface ExtractProblem {
  /** Body paragraph index, -1 for the title. */
  paragraph: number;
  offset: number;
  reason: string;
  ruleId: string;
  fatal?: boolean;
}

/** A problem already placed in the file (1-based line and column). Made by extract, reported by build. */
export interface ExtractProblemAt {
  reason: string;
  place: { line: number; column: number };
  ruleId: string;
  fatal?: boolean;
}

/** Everything Dateline knows about one article. Made by extract, read by index and render; plain JSON. */
export interface ArticleRecord {
  id: string;
  slug: string;
  /** The source path relative to the content folder, with forward slashes. */
  source: string;
  /** YYYY-MM-DD. */
  date: string;
  title: string;
  /** True when the title was derived from the lede because the article gave none. */
  titleDerived: boolean;
  summary: string;
  body: BodyParagraph[];
  figures: Figure[];
  wordCount: number;
  author?: string;
  sourceName?: string;
  url?: string;
  tags: string[];
  /** Every front-matter key as given, for templates. */
  frontMatter: FrontMatter;
  quotes: Quote[];
  people: Person[];
}

/** A person as the cross-article index keeps them: instead of every mention, the first one and how many there are. */
export type PersonSummary = Omit<Person, 'mentions'> & {
  /** The person's first mention (mentions are in reading order, the title's first). */
  firstMention?: Mention;
  mentionCount: number;
};

/** Where a quote sits in its paragraph: the sentence(s) around it, and the quote's offsets in that text. */
export interface QuoteContext {
  text: string;
  start: number;
  end: number;
}

/** A quote as the cross-article index keeps it: with its context, so the index never needs the body. */
export type QuoteSummary = Quote & {
  context: QuoteContext;
  /** A hash of the quote and its context as extracted, so a build can fingerprint it without hashing its words again. */
  digest: string;
};

/**
 * What the cross-article index keeps of an article: the record without its body, figures and name mentions, which
 * only the article's own page, its feed entry and its search record need (they load the whole record back). Made
 * by extract (kept in the record cache's index), read by index, plan and render.
 */
export type ArticleSummary = Omit<ArticleRecord, 'body' | 'figures' | 'people' | 'quotes'> & {
  people: PersonSummary[];
  quotes: QuoteSummary[];
  /** The record's cache key: a hash of the source path, its bytes and the extraction code ("" when not cached). */
  key: string;
};

/**
 * An article as the built index keeps it: the summary without its people and quotes, which only indexing, the
 * checks and the article's own page need (the page reads them from the whole record). Summaries are garbage once
 * the index is built, so what the later stages hold per article does not carry its quotes and people. Made by index
 * (`toIndexedArticle`), read by plan, render, data and search.
 */
export type IndexedArticle = Omit<ArticleSummary, 'people' | 'quotes'>;

/**
 * An article as a page citing it shows it (title, date, source, author, summary, tags): the indexed article without
 * its word count and cache key. Quote entries carry the card, so an edit that leaves these fields alone leaves the
 * pages citing the article alone. Made by render (`toArticleCards`), read by templates.
 */
export type ArticleCard = Omit<IndexedArticle, 'wordCount' | 'key'>;

/**
 * Loads an article's whole record back (from the record cache's packs, or from memory), with the id and slug the
 * index settled.
 */
export type LoadRecord = (article: IndexedArticle) => Promise<ArticleRecord>;

/** One day of the archive, articles in reading order. Made by index, read by plan. */
export interface DayArchive {
  date: string;
  articles: IndexedArticle[];
}

/** One month of the archive. Made by index, read by plan. */
export interface MonthArchive {
  /** YYYY-MM. */
  month: string;
  days: DayArchive[];
  count: number;
}

/** One year of the archive. Made by index, read by plan. */
export interface YearArchive {
  year: string;
  months: MonthArchive[];
  count: number;
}

/** A title or description of a person, with when it was first and last seen. Made by index, read by render. */
export interface SeenText {
  text: string;
  /** YYYY-MM-DD of the first and last article using it. */
  first: string;
  last: string;
  count: number;
}

/** One real person across the archive: every article's `Person` for them merged. Made by index, read by render. */
export interface ArchivePerson {
  /** Stable URL slug: `/people/<slug>/`. */
  slug: string;
  /** Display name: the editor's, else the full name used most. */
  name: string;
  /** Surname first, folded, for A–Z order. */
  sortKey: string;
  /** Every other form of the name the articles use. */
  aliases: string[];
  /** Wikidata id (Q…) when the editor gave one. */
  wikidata?: string;
  titles: SeenText[];
  descriptions: SeenText[];
  /** YYYY-MM-DD of the first and last article naming them. */
  first: string;
  last: string;
  /** Ids of the articles naming them, newest first. */
  articles: string[];
  /** Ids of their quotes, newest first. */
  quotes: string[];
  /** People most often named in the same articles, most shared articles first. */
  namedWith: Array<{ slug: string; count: number }>;
}

/**
 * A person as a quote entry shows them (name, page and Wikidata id): quote entries carry the card, not the person
 * with every article and quote id, which grows with the archive. Made by render (`toPersonCards`), read by templates.
 */
export type PersonCard = Pick<ArchivePerson, 'slug' | 'name' | 'wikidata'>;

/** One quote in the archive, tied to its article and, for a person, their archive slug. Made by index, read by render. */
export interface ArchiveQuote extends Quote {
  /** The quote's anchor in its article (`#q-<anchor>`): its extracted id, which `id` differs from only when a
   * quote of another article has that id too (same day, same title, same words). */
  anchor: string;
  /** Id of the article it is in. */
  article: string;
  date: string;
  /** Slug of the speaker's archive person, when the speaker is a person in the archive. */
  person?: string;
  /** The sentence(s) around the quote, and where the quote sits in it. */
  context: QuoteContext;
  /** Ids of near-identical quotes by the same speaker in other articles, oldest first: at most 20 of them. */
  alsoReported: string[];
  /** How many such quotes there are in all. */
  alsoReportedCount: number;
  /** True for the first report of a quote (the one `/quotes/` lists); false for later reports of it. */
  primary: boolean;
}

/** Every article and the archive around it. Made by index (the only stage that sees all articles), read by plan. */
export interface SiteIndex {
  /** Newest first; each article's whole record is loaded back only for the pages, feeds and search that need it. */
  articles: IndexedArticle[];
  /** Newest first; months and days inside each newest first too. */
  years: YearArchive[];
  /** Everyone in the archive, in A–Z order. */
  people: ArchivePerson[];
  /** Every quote, newest first. */
  quotes: ArchiveQuote[];
  /** For each article id, the archive slug of each of its `people` (same order), or null when excluded. */
  personSlugs: Record<string, Array<string | null>>;
}

/** A file of the built site: a path under the output folder and its bytes. Made by render, read by write. */
export interface OutputFile {
  path: string;
  /** The bytes, as a string or bytes (files too large for one string are `StreamedFile`s). */
  contents: string | Uint8Array;
}

/**
 * A file of the built site made chunk by chunk as it is written, so a data file as large as the archive is never
 * whole in memory. Made by render (the data files), read once by write (`putStreamed`).
 */
export interface StreamedFile {
  path: string;
  /** Text, or UTF-8 bytes (lines kept from the last build, passed on without being decoded and encoded again). */
  lines: AsyncIterable<string | Uint8Array>;
  /**
   * True when the bytes are a function of the inputs this build recorded for the file in the manifest, so they
   * changed exactly when those did and the file is not hashed (`ManifestBuilder.differsByInputs`).
   */
  madeFromInputs?: boolean;
}

/** A place in an article a warning points to: its date, title, a front-matter key, its body, or a body offset. */
export type Anchor =
  | { kind: 'date' | 'title' | 'body' }
  | { kind: 'key'; key: string }
  | { kind: 'paragraph'; paragraph: number; offset: number };

/** A warning about an article, anchored in it rather than placed in the file. Made by extract and index, placed by build. */
export interface ArticleFinding {
  anchor: Anchor;
  reason: string;
  ruleId: string;
}
