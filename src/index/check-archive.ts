/**
 * Warnings that need more than one article at a time: dates judged against today, and a person's name spelled
 * two ways across the archive. They come back anchored in each article; build places them in the files.
 */
import type { ArticleFinding, ArticleSummary } from '../types.js';
import { checkDates } from './check-dates.js';
import { findNameVariants } from './find-name-variants.js';
import type { PeopleRules } from './parse-people-file.js';
import type { PeopleMemo } from './index-people.js';

/** A warning about one article of the archive, by its source path. */
export interface ArchiveFinding extends ArticleFinding {
  source: string;
}

/**
 * Every archive-wide warning, given today's date (YYYY-MM-DD), the index's person slugs and the people file. The
 * names spelled two ways are a function of the same inputs as the people, so they are kept with them in `people`.
 */
export function checkArchive(records: ArticleSummary[], today: string, personSlugs: Record<string, Array<string | null>>, rules: PeopleRules, people?: PeopleMemo): ArchiveFinding[] {
  const nameVariants = people?.earlier?.nameVariants ?? findNameVariants(records, personSlugs, rules);
  if (people?.now) people.now.nameVariants = nameVariants;
  return [...checkDates(records, today), ...nameVariants];
}
