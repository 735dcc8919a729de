/**
 * The script the dev server adds to every HTML page it serves (never to the built site): it listens for builds
 * over server-sent events, reloads the page when the page or an asset changed, and shows build errors in an
 * overlay until they are fixed. Error text comes from articles, so it is only ever set as text, never as HTML.
 */

/** Where the client listens, and which site URL the page it is added to was served as. */
export interface LiveReloadSettings {
  events: string;
  page: string;
}

/** One error as the overlay shows it. */
export interface OverlayError {
  file: string;
  line: number;
  column: number;
  reason: string;
  ruleId: string;
}

/** What the dev server sends after every build (and to each page when it connects). */
export interface BuildEvent {
  /** Site URLs whose bytes changed, were added or were removed. */
  changed: string[];
  errors: OverlayError[];
}

// Plain browser JavaScript, kept readable; it runs in the page, so it uses no module syntax.
const CLIENT = `(() => {
  const settings = JSON.parse(document.currentScript.dataset.settings);
  const events = new EventSource(settings.events);
  let host;
  events.addEventListener('build', (message) => {
    const build = JSON.parse(message.data);
    const isPage = (url) => url.endsWith('/') || url.endsWith('.html');
    if (build.changed.some((url) => url === settings.page || !isPage(url))) location.reload();
    else show(build.errors);
  });
  addEventListener('keydown', (event) => { if (event.key === 'Escape') show([]); });
  function show(errors) {
    host?.remove();
    host = undefined;
    if (!errors.length) return;
    host = document.createElement('dateline-error-overlay');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.6);overflow:auto;font:15px/1.5 system-ui,sans-serif}'
      + 'section{max-width:60rem;margin:4rem auto;padding:1.5rem 2rem;background:#fff;color:#111;border-top:6px solid #c62828;border-radius:4px}'
      + 'h2{margin:0 0 1rem;font-size:1.2rem}li{margin:0 0 1rem}code{font:13px/1.4 ui-monospace,monospace;color:#c62828}'
      + 'small{color:#555}button{float:right;font:inherit;border:0;background:none;cursor:pointer;font-size:1.4rem}';
    const section = document.createElement('section');
    section.setAttribute('role', 'alertdialog');
    section.setAttribute('aria-label', 'Build errors');
    const close = element('button', '×');
    close.setAttribute('aria-label', 'Hide until the next build');
    close.addEventListener('click', () => show([]));
    const list = document.createElement('ol');
    for (const error of errors) {
      const item = document.createElement('li');
      item.append(element('code', error.file + ':' + error.line + ':' + error.column), document.createElement('br'), element('span', error.reason + ' '), element('small', error.ruleId));
      list.append(item);
    }
    const count = errors.length === 1 ? '1 build error' : errors.length + ' build errors';
    section.append(close, element('h2', 'Dateline: ' + count + '. Fix and save; this page updates itself.'), list);
    root.append(style, section);
    document.documentElement.append(host);
  }
  function element(name, text) {
    const node = document.createElement(name);
    node.textContent = text;
    return node;
  }
})();`;

/** Adds the live-reload client to an HTML page, before `</body>` (or at the end when there is none). */
export function injectLiveReload(html: string, settings: LiveReloadSettings): string {
  const attribute = JSON.stringify(settings).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const script = `<script data-dateline-dev data-settings="${attribute}">${CLIENT}</script>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + script : html.slice(0, end) + script + html.slice(end);
}
