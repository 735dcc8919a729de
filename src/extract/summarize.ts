/** A short summary for listings and feeds: the author's, else the lede cut at a word boundary. */

const MAX_SUMMARY_WORDS = 40;

/** The lede's first words, ending with an ellipsis when it was cut. */
export function summarize(lede: string): string {
  const words = lede.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_SUMMARY_WORDS) return words.join(' ');
  return `${words.slice(0, MAX_SUMMARY_WORDS).join(' ').replace(/[,;:.]+$/, '')}…`;
}
