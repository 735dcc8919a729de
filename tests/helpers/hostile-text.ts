/** fast-check arbitraries for hostile article text: the pieces real archives and attackers put in files. */
import fc from 'fast-check';

/** A marker inside every script payload, so a test can tell the input's script from any the theme adds. */
export const SCRIPT_TOKEN = 'XSS_TOKEN_7';

/** Front matter, date lines, line endings, odd spaces, quotation marks, Markdown, HTML and script payloads. */
const PIECES = [
  '---\n', 'title: ', 'date: 2020-01-01\n', 'date: 2020-02-30\n', 'date 2020-01-01\n', 'date 1850-01-01T10:00+05:00 ', 'url: javascript:alert(1)\n',
  'tags: [a, b]\n', 'slug: "../../etc"\n', ': : [\n', '\r\n', '\r', '\n\n', '\t', '\u00a0', '\uFEFF', '\u2028', '\u0000', '\uFFFD',
  '"', '\u201C', '\u201D', '\u2018', '\u2019', "'", ' said ', 'Gen. Anna Berg', ' told Reuters. ', '# ', '> ', '* ', '1. ', '```\n', '    ',
  '[link](javascript:alert(1))', '![img](x)', '<!-- c -->', '&amp;', '&#60;', '\\', '(photo: AP) More',
  `<script>alert("${SCRIPT_TOKEN}")</script>`, `<SCRIPT SRC=//x/${SCRIPT_TOKEN}.js></SCRIPT>`, `<img src=x onerror="${SCRIPT_TOKEN}()">`,
  `<scr<script>ipt>${SCRIPT_TOKEN}</script>`, `<a href="javascript:${SCRIPT_TOKEN}">x</a>`, `<svg onload=${SCRIPT_TOKEN}>`,
];

/** Text made of hostile pieces and arbitrary Unicode (lone surrogates included). */
export const hostileText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** Hostile text, sometimes behind plausible front matter or a date line, so the later stages get to run. */
export const hostileArticle = fc.oneof(
  hostileText,
  fc.tuple(hostileText, hostileText).map(([title, body]) => `---\ntitle: ${JSON.stringify(title)}\ndate: 2020-01-01\n---\n\n${body}`),
  hostileText.map((body) => `date 2020-01-01\n${body}`),
);
