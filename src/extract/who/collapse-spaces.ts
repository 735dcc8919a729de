/** White space other than single spaces: only then is there anything to collapse. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** `text` with every run of white space made one space; text that has none to collapse is returned as it is. */
export function collapseSpaces(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
