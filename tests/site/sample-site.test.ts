/** The sample article built with the real extractor: its page and Kelly Magsamen's page, as the issue asks. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { buildFixtureSite } from '../helpers/site.js';

const SAMPLE = readFileSync(fileURLToPath(new URL('../../content/2020-01-03-suleimani-killed-in-baghdad-airstrike.txt', import.meta.url)), 'utf8');
const PEOPLE = ['Qassem Suleimani', 'Donald Trump', 'Abu Mahdi al-Muhandis', 'Ahmed al-Assadi', 'Chuck Schumer', 'Kelly Magsamen', 'Adam Kinzinger'];

describe('the sample article in a built site', async () => {
  const site = await buildFixtureSite({ 'sample.txt': SAMPLE });
  const articleFile = [...site.files.keys()].find((file) => /^2020\/01\/03\/[^/]+\/index\.html$/.test(file))!;
  const article = parse(site.page(articleFile));

  it('links all seven people at their first mention', () => {
    const links = article.querySelectorAll('.article-body a.person-link');
    expect(links.map((link) => link.textContent)).toEqual(PEOPLE);
    for (const link of links) expect(site.files.has(`${link.getAttribute('href')!.slice(1)}index.html`)).toBe(true);
  });

  it('marks all five quote spans with their anchors', () => {
    const spans = article.querySelectorAll('.article-body q[id^="q-"]');
    expect(spans.map((span) => span.getAttribute('data-speaker'))).toEqual(['Pentagon', 'Pentagon', 'Ahmed al-Assadi', 'Kelly Magsamen', 'Kelly Magsamen']);
    expect(spans[4].textContent).toBe('God help us.');
  });

  it("shows Kelly Magsamen's two quote spans on her page, each linking back to its paragraph", () => {
    const page = parse(site.page('people/kelly-magsamen/index.html'));
    const links = page.querySelectorAll('.timeline blockquote a');
    expect(links.map((link) => link.textContent)).toEqual([expect.stringMatching(/^I worked the Iran account/), 'God help us.']);
    for (const link of links) {
      const [pagePath, anchor] = link.getAttribute('href')!.split('#');
      expect(`${pagePath.slice(1)}index.html`).toBe(articleFile);
      const target = article.querySelector(`[id="${anchor}"]`)!;
      expect(target.closest('p')!.textContent).toContain('Kelly Magsamen, a vice president at the Center for American Progress');
    }
  });
});
