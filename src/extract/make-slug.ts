/** URL slugs: lower-case ASCII words joined by hyphens, short enough to read, never cut mid-word. */
import slugify from '@sindresorhus/slugify';

const MAX_SLUG_LENGTH = 60;

/** A slug for a title or an author-given slug; "article" when nothing usable is left. */
export function makeSlug(text: string): string {
  const full = slugify(text, { decamelize: false });
  if (full.length <= MAX_SLUG_LENGTH) return full || 'article';
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : full.slice(0, MAX_SLUG_LENGTH)) || 'article';
}
