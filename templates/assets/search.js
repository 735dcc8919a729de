// The search page: Pagefind's JS API drawn with the theme's own markup. The form is a plain GET form, so every
// search is a linkable URL (?q=…&person=…&year=…&kind=…&sort=…) and this script runs whatever the URL asks for.
// Result text comes from the articles, which are untrusted: it is only ever set as text, never as HTML.

const PAGE_SIZE = 10;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const KINDS = { article: 'Article', quote: 'Quote' };
const FIELDS = ['q', 'kind', 'person', 'year', 'sort'];
const SORTS = { newest: { date: 'desc' }, oldest: { date: 'asc' } };

const form = document.querySelector('[data-search-form]');
if (form) start(form);

function start(form) {
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  const more = document.querySelector('[data-search-more]');
  const base = form.dataset.base;
  // Listeners are attached at once and wait for Pagefind, so words typed while it loads are not lost.
  const ready = loadPagefind(form.dataset.bundle).then(
    (index) => {
      form.querySelector('[data-search-filters]').hidden = false;
      return index;
    },
    () => {
      status.textContent = 'Search is not available on this copy of the site: it was built without its search index.';
    },
  );

  // Only the newest search may draw: a slow earlier one must not overwrite it.
  let current = 0;
  let results = [];
  let shown = 0;

  async function search() {
    const run = ++current;
    list.setAttribute('aria-busy', 'true');
    const index = await ready;
    if (run !== current) return;
    const state = readForm(form);
    if (!index) return list.setAttribute('aria-busy', 'false');
    history.replaceState(null, '', toUrl(state));
    const filters = {};
    for (const name of ['kind', 'person', 'year']) if (state[name]) filters[name] = state[name];
    if (!state.q && !Object.keys(filters).length) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      list.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = 'Searching…';
    const response = await searchShards(index, state.q || null, filters, SORTS[state.sort]);
    if (run !== current || !response) return;
    setOptions(form.elements.person, response.filters.person, state.person, (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    setOptions(form.elements.year, response.filters.year, state.year, (a, b) => b[0].localeCompare(a[0]));
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await showMore(run);
    if (run !== current) return;
    const count = `${results.length} ${results.length === 1 ? 'result' : 'results'}`;
    status.textContent = state.q ? (results.length ? `${count} for “${state.q}”` : `No results for “${state.q}”. Check the spelling, or try fewer words or fewer filters.`) : count;
    list.setAttribute('aria-busy', 'false');
  }

  async function showMore(run) {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== current) return;
    list.append(...data.map((result) => renderResult(result, base)));
    more.hidden = shown >= results.length;
  }

  let typing;
  form.elements.q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(search, 250);
  });
  for (const name of ['kind', 'person', 'year', 'sort']) form.elements[name].addEventListener('change', search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    search();
  });
  more.addEventListener('click', () => {
    const next = list.children.length;
    showMore(current).then(() => list.children[next]?.querySelector('a')?.focus());
  });

  writeForm(form, new URLSearchParams(location.search));
  search();
}

// The index is cut into shards of whole months (newest first in shards.json): Pagefind loads from the first and
// merges the others in, each tagged with a `shard` filter so that a search can be limited to some shards.
async function loadPagefind(bundle) {
  const [pagefind, list] = await Promise.all([import(`${bundle}pagefind.js`), fetch(`${bundle}shards.json`, { cache: 'no-cache' }).then((response) => response.json())]);
  // A quote's article and every date are metadata, which Pagefind also searches: let them find a result but
  // not raise it above results whose own words match.
  const ranking = { metaWeights: { article: 0.2, articleUrl: 0, date: 0 } };
  const [first, ...others] = list.shards;
  await pagefind.options({ ranking, mergeFilter: { shard: first.name } });
  await Promise.all(others.map((shard) => pagefind.mergeIndex(`${bundle}${shard.path}`, { ranking, mergeFilter: { shard: shard.name } })));
  // Pagefind counts filter values in search responses only once their lists are loaded.
  await pagefind.filters();
  return { pagefind, shards: list.shards.map((shard) => shard.name) };
}

// Searches the shards that can hold results for the query; sorted by date on request.
async function searchShards({ pagefind, shards }, query, filters, sort) {
  const holding = await shardsHolding(pagefind, shards, query);
  if (!holding.length) return { results: [], filters: {} };
  if (!sort) return pagefind.search(query, { filters: holding.length < shards.length ? { ...filters, shard: { any: holding } } : filters });
  // Pagefind merges shards by score, and a sorted search scores a result by its place in its own shard, which
  // says nothing about other shards. Shards hold whole months, so the sorted results of each shard, newest shard
  // first (or last), are the sorted results of all; the filter counts of the shards add up.
  const order = sort.date === 'asc' ? [...holding].reverse() : holding;
  const responses = await Promise.all(order.map((shard) => pagefind.search(query, { filters: { ...filters, shard }, sort })));
  const counts = {};
  for (const response of responses) {
    for (const [name, values] of Object.entries(response.filters)) {
      counts[name] ??= {};
      for (const [value, count] of Object.entries(values)) counts[name][value] = (counts[name][value] ?? 0) + count;
    }
  }
  return { results: responses.flatMap((response) => response.results), filters: counts };
}

// For a word no page of an index starts with, Pagefind stands in the longest indexed word the query word starts
// with ("onerror" finds "on"). With an index per shard, every shard lacking the word would fill the results with
// such stand-ins, so a word that some shard holds rules out the shards that do not, as one index would have.
async function shardsHolding(pagefind, shards, query) {
  // An exact phrase search ("…") never stands words in; neither does a filter-only search.
  if (shards.length === 1 || !query || /^\s*".+"\s*$/.test(query)) return shards;
  const words = query.split(/\s+/).filter(Boolean);
  const found = await Promise.all(words.map((word) => pagefind.search(`"${word.replaceAll('"', '')}"`)));
  let holding = shards;
  for (const { filters } of found) {
    const counts = filters.shard ?? {};
    if (Object.values(counts).some((count) => count > 0)) holding = holding.filter((shard) => counts[shard] > 0);
  }
  return holding;
}

function readForm(form) {
  return Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value.trim()]));
}

function writeForm(form, params) {
  for (const name of FIELDS) {
    const value = params.get(name) ?? '';
    const field = form.elements[name];
    // A linked person or year is not among the options until the first search has counted them.
    if (field.tagName === 'SELECT' && value && ![...field.options].some((option) => option.value === value)) field.add(new Option(value, value));
    field.value = value;
  }
}

function toUrl(state) {
  const params = new URLSearchParams();
  for (const name of FIELDS) if (state[name]) params.set(name, state[name]);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

// Offers the values found in the current results, most frequent first, and keeps the chosen one even when the
// results no longer contain it, so the reader can see and undo it.
function setOptions(select, counts = {}, chosen, order) {
  const entries = Object.entries(counts).filter(([value, count]) => count > 0 || value === chosen);
  if (chosen && !(chosen in counts)) entries.push([chosen, 0]);
  entries.sort(order);
  const first = select.options[0];
  select.replaceChildren(first, ...entries.map(([value, count]) => new Option(`${value} (${count})`, value)));
  select.value = chosen;
}

function renderResult(result, base) {
  const kind = result.filters?.kind?.[0] === 'quote' ? 'quote' : 'article';
  const item = element('li', `search-result search-result-${kind}`);
  item.append(element('p', 'search-result-kind', KINDS[kind]));
  const heading = element('h2', 'search-result-title');
  const link = element('a', '', result.meta.title || result.url);
  link.href = result.url;
  heading.append(link);
  item.append(heading);
  const meta = element('p', 'meta');
  if (result.meta.date) {
    const time = element('time', '', dayLabel(result.meta.date));
    time.dateTime = result.meta.date;
    meta.append(time);
  }
  if (kind === 'quote' && result.meta.article) {
    const article = element('a', '', result.meta.article);
    article.href = base + result.meta.articleUrl.replace(/^\/+/, '');
    meta.append(' · in ', article);
  }
  item.append(meta);
  item.append(excerpt(result.excerpt, kind === 'quote' ? 'blockquote' : 'p'));
  return item;
}

// Pagefind's excerpt is the indexed text with < and > (only those) turned into &lt; and &gt;, and <mark> around
// the matches. Only the marks become elements; everything else is set as text, with those two turned back.
function excerpt(html, tag) {
  const box = element(tag, 'search-result-excerpt');
  let mark;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = document.createElement('mark');
    else if (piece === '</mark>') {
      if (mark) box.append(mark);
      mark = undefined;
    } else if (piece) (mark ?? box).append(piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
  }
  if (mark) box.append(mark);
  return box;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function dayLabel(date) {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
