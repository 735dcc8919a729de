import { describe, expect, it } from 'vitest';
import { injectLiveReload } from '../../src/dev/live-reload-client.js';

const settings = { events: '/__dateline/events', page: '/a/' };

describe('injectLiveReload', () => {
  it('adds the client just before the last </body>', () => {
    const html = injectLiveReload('<body><p>a</p></body><!-- </body> --></html>', settings);
    expect(html).toMatch(/^<body><p>a<\/p><\/body><!-- <script data-dateline-dev .*<\/script><\/body> --><\/html>$/s);
  });

  it('appends the client to a page without </body>', () => {
    expect(injectLiveReload('<p>fragment</p>', settings)).toMatch(/^<p>fragment<\/p><script data-dateline-dev/);
  });

  it('escapes the settings so a URL cannot end the attribute or the script', () => {
    const html = injectLiveReload('<body></body>', { events: '/e', page: '/"><script>alert(1)</script>&/' });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('data-settings="{&quot;events&quot;:&quot;/e&quot;,&quot;page&quot;:&quot;/\\&quot;>&lt;script>alert(1)&lt;/script>&amp;/&quot;}"');
  });

  it('sets error text only as text, never as HTML', () => {
    const html = injectLiveReload('<body></body>', settings);
    expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML|document\.write/);
    expect(html).toContain('textContent');
  });
});
