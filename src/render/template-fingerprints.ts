/**
 * One fingerprint per page template, covering the template and every template it pulls in through `layout(...)` or
 * `include(...)`, followed transitively. Editing a partial re-renders only the pages whose templates use it. A
 * template that names another with anything but a string literal could use any of them, so it depends on all.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { digest } from './fingerprint.js';

const REFERENCE = /\b(?:layout|include|includeAsync)\(\s*(?:(['"])([^'"$`]+)\1|[^)'"\s])/g;

/** Fingerprints of every template of a folder, by name without `.eta` (`article`, `partials/figure`). */
export async function fingerprintTemplates(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.eta')).map((name) => name.split(path.sep).join('/').slice(0, -4)).sort();
  const texts = new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, `${name}.eta`), 'utf8')] as const)));
  const references = new Map([...texts].map(([name, text]) => [name, referencesOf(name, text, texts)]));
  const fingerprints = new Map<string, string>();
  for (const name of names) {
    const closure = new Set<string>([name]);
    for (const member of closure) for (const used of references.get(member) ?? names) closure.add(used);
    fingerprints.set(name, digest([...closure].sort().map((member) => `${member}\n${texts.get(member)}`).join('\n\0')));
  }
  return fingerprints;
}

/** The templates a template names; undefined when it names one by an expression, so it may use any. */
function referencesOf(name: string, text: string, texts: Map<string, string>): string[] | undefined {
  const found: string[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    if (match[2] === undefined) return undefined;
    const fromHere = path.posix.normalize(path.posix.join(path.posix.dirname(name), match[2]));
    const fromRoot = path.posix.normalize(match[2].replace(/^\.?\//, ''));
    const resolved = [fromHere, fromRoot].find((candidate) => texts.has(candidate));
    if (!resolved) return undefined;
    found.push(resolved);
  }
  return found;
}
