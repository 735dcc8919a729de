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
    if (name === 'script' && html.slice(tag.index, html.indexOf('</script', tag.index) + 1 || undefined).includes(SCRIPT_TOKEN)) return tag[0];
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
  });

  it('never carry a script, event handler or javascript: link from the input', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (title, body, plain) => {
        const site = await buildFixtureSite({
          'a.md': `---\ntitle: ${JSON.stringify(title)}\ndate: 2020-01-01\nsummary: ${JSON.stringify(body.slice(0, 80))}\n---\n\n${body}\n\n<script>alert("${SCRIPT_TOKEN}")</script>`,
          'b.txt': `date 2020-01-02\n${plain} <img src=x onerror="${SCRIPT_TOKEN}()">`,
        });
        const pages = [...site.files].filter(([name]) => name.endsWith('.html'));
        expect(pages.length).toBeGreaterThan(0);
        for (const [name, html] of pages) expect(executableFromInput(String(html)), name).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});
