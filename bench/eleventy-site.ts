/**
 * The peer setup the benchmark compares against: the same corpus as plain Markdown pages with one layout, built by
 * Eleventy 3, then indexed by Pagefind's CLI, as a newsroom would run them today.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<header><a href="/">News Archive</a></header>
<main data-pagefind-body>
<h1>{{ title }}</h1>
<time datetime="{{ page.date | dateIso }}">{{ page.date | dateIso }}</time>
{{ content | safe }}
</main>
</body>
</html>
`;

const INDEX = `---
layout: false
permalink: /index.html
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>News Archive</title></head>
<body><h1>News Archive</h1><ul>
{%- for item in collections.all | reverse %}{% if loop.index0 < 50 %}
<li><a href="{{ item.url }}">{{ item.data.title }}</a></li>{% endif %}{% endfor %}
</ul></body></html>
`;

const CONFIG = `export default function (eleventyConfig) {
  eleventyConfig.addFilter('dateIso', (date) => new Date(date).toISOString().slice(0, 10));
  return { dir: { input: 'src', includes: '_includes', output: '_site' }, markdownTemplateEngine: false };
}
`;

/** Writes Eleventy's config, layout and index page into `dir`; the Markdown pages go in `<dir>/src`. */
export async function prepareEleventySite(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'src', '_includes'), { recursive: true });
  await writeFile(path.join(dir, 'eleventy.config.js'), CONFIG);
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(path.join(dir, 'src', '_includes', 'article.njk'), LAYOUT);
  await writeFile(path.join(dir, 'src', 'index.njk'), INDEX);
  return path.join(dir, 'src');
}
