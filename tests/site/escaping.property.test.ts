import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFixtureSite } from '../helpers/site.js';
import { hostileText, SCRIPT_TOKEN } from '../helpers/hostile-text.js';

const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** The first tag that would run the input's code: a script carrying the token, an event handler, a javascript: link. */
function executableFromInput(html: string): string | undefined {
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1].toLowerCase();
    const close = html.indexOf('</script', tag.index);
    const content = name === 'script' ? html.slice(tag.index + tag[0].length, close === -1 ? undefined : close) : '';
    // JSON-LD carries article text by design; it is safe while no `<` in it can end or open markup.
    if (name === 'script' && /type="application\/ld\+json"/.test(tag[0])) {
      if (content.includes('<') && content.includes(SCRIPT_TOKEN)) return tag[0];
    } else if (name === 'script' && content.includes(SCRIPT_TOKEN)) return tag[0];
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
    expect(executableFromInput(`<script type="application/ld+json">{"headline":"\\u003cscript>${SCRIPT_TOKEN}"}</script>`)).toBeUndefined();
    expect(executableFromInput(`<script type="application/ld+json">{"headline":"</script><script>${SCRIPT_TOKEN}"}</script>`)).toBe('<script>');
  });

  it('never carry a script, event handler or javascript: link from the input', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (title, body, plain) => {
        const site = await buildFixtureSite({
          'a.md': `---\ntitle: ${JSON.stringify(title)}\ndate: 2020-01-01\nsummary: ${JSON.stringify(body.slice(0, 80))}\n---\n\n${body}\n\n<script>alert("${SCRIPT_TOKEN}")</script>`,
          'b.txt': `date 2020-01-02\n${plain} <img src=x onerror="${SCRIPT_TOKEN}()">`,
        }, { search: false });
        const pages = [...site.files].filter(([name]) => name.endsWith('.html'));
        expect(pages.length).toBeGreaterThan(0);
        for (const [name, html] of pages) expect(executableFromInput(String(html)), name).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});
