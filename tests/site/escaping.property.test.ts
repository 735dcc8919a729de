import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFixtureSite } from '../helpers/site.js';
import { hostileText, SCRIPT_TOKEN } from '../helpers/hostile-text.js';

const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/**
 * The first tag that would run the input's code: a script carrying the token, an event handler, a javascript:
 * link. A JSON-LD block may hold the input as data, but must still parse: input that closed it early would not.
 */
function executableFromInput(html: string): string | undefined {
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1].toLowerCase();
    if (name === 'script') {
      const content = html.slice(tag.index + tag[0].length, html.indexOf('</script', tag.index));
      if (/type=["']?application\/ld\+json/i.test(tag[2])) {
        try {
          JSON.parse(content);
        } catch {
          return tag[0];
        }
      } else if (tag[0].includes(SCRIPT_TOKEN) || content.includes(SCRIPT_TOKEN)) return tag[0];
    }
    for (const [, attribute, quoted = ''] of tag[2].matchAll(ATTRIBUTE)) {
      const value = quoted.replace(/^["']|["']$/g, '');
      if (!value.includes(SCRIPT_TOKEN)) continue;
      if (/^on/i.test(attribute) || /^\s*javascript:/i.test(value)) return tag[0];
    }
  }
  return undefined;
}

describe('pages built from hostile articles', () => {
  it('finds what it looks for in unescaped input, so the property below can fail', () => {
    expect(executableFromInput(`<p><script>alert("${SCRIPT_TOKEN}")</script>`)).toBe('<script>');
    expect(executableFromInput(`<img src=x onerror="${SCRIPT_TOKEN}()">`)).toBe(`<img src=x onerror="${SCRIPT_TOKEN}()">`);
    expect(executableFromInput(`<a href='javascript:${SCRIPT_TOKEN}'>x</a>`)).toBe(`<a href='javascript:${SCRIPT_TOKEN}'>`);
    expect(executableFromInput(`<meta content="&lt;img onerror=&quot;${SCRIPT_TOKEN}">`)).toBeUndefined();
    expect(executableFromInput(`<script type="application/ld+json">{"headline":"${SCRIPT_TOKEN}"}</script>`)).toBeUndefined();
    expect(executableFromInput(`<script type="application/ld+json">{"headline":"</script><script>${SCRIPT_TOKEN}</script>`)).toBe('<script type="application/ld+json">');
  });

  it('never carry a script, event handler or javascript: link from the input', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (title, body, plain) => {
        const site = await buildFixtureSite({
          'a.md': `---\ntitle: ${JSON.stringify(title)}\ndate: 2020-01-01\nsummary: ${JSON.stringify(body.slice(0, 80))}\n---\n\n${body}\n\n<script>alert("${SCRIPT_TOKEN}")</script>`,
          'b.txt': `date 2020-01-02\n${plain} <img src=x onerror="${SCRIPT_TOKEN}()">`,
          // Pagefind's index is data, not pages; leaving it out keeps each run quick.
        }, { search: false, baseUrl: 'https://example.org/news/' });
        const pages = [...site.files].filter(([name]) => name.endsWith('.html'));
        expect(pages.length).toBeGreaterThan(0);
        for (const [name, html] of pages) expect(executableFromInput(String(html)), name).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});
