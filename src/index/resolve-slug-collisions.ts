/**
 * Two articles of the same day with the same slug would share a URL. The one whose source path sorts first keeps
 * the slug; each other one gets a suffix made from a hash of its own source path, so its URL depends on nothing
 * but itself and stays put when further articles are added.
 */
import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../types.js';

/** An article whose slug was changed because another article of the same day had it. */
export interface SlugCollision {
  record: ArticleSummary;
  /** The source path of the article that kept the slug. */
  keptBy: string;
  previousSlug: string;
}

/** Gives every article a unique id and slug, changing the records in place; returns what it changed. */
export function resolveSlugCollisions(records: ArticleSummary[]): SlugCollision[] {
  const byId = new Map<string, ArticleSummary[]>();
  for (const record of records) {
    const group = byId.get(record.id);
    if (group) group.push(record);
    else byId.set(record.id, [record]);
  }
  const collisions: SlugCollision[] = [];
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.source < b.source ? -1 : 1));
    for (const record of group.slice(1)) {
      const previousSlug = record.slug;
      record.slug = `${previousSlug}-${createHash('sha1').update(record.source).digest('hex').slice(0, 6)}`;
      record.id = `${record.date.replaceAll('-', '/')}/${record.slug}`;
      collisions.push({ record, keptBy: group[0].source, previousSlug });
    }
  }
  return collisions;
}
