import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadConfig, parseBaseUrl, DEFAULT_TEMPLATES_DIR } from '../../src/config/load-config.js';
import { tempDir, writeFiles } from '../helpers/temp-project.js';

describe('parseBaseUrl', () => {
  it('splits a full URL into origin and base path', () => {
    expect(parseBaseUrl('https://example.org/archive')).toEqual({ basePath: '/archive/', origin: 'https://example.org' });
  });

  it('accepts a bare path', () => {
    expect(parseBaseUrl('/news/archive/')).toEqual({ basePath: '/news/archive/', origin: '' });
    expect(parseBaseUrl('/')).toEqual({ basePath: '/', origin: '' });
  });

  it('rejects a relative path with a message saying what to give', () => {
    expect(() => parseBaseUrl('archive/')).toThrow(/full URL .* or a path starting with "\/"/);
  });
});

describe('loadConfig', () => {
  it('uses defaults, with Dateline’s own templates when the project has none', async () => {
    const dir = await tempDir();
    const config = await loadConfig(dir);
    expect(config).toMatchObject({ basePath: '/', contentDir: path.join(dir, 'content'), outputDir: path.join(dir, 'public'), templatesDir: DEFAULT_TEMPLATES_DIR, language: 'en' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads dateline.config.json and lets flags override it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'dateline.config.json': JSON.stringify({ title: 'Gazette', outputDir: 'site', baseUrl: '/a/' }) });
    const config = await loadConfig(dir, { baseUrl: 'https://example.org/b/' });
    expect(config).toMatchObject({ title: 'Gazette', outputDir: path.join(dir, 'site'), basePath: '/b/', origin: 'https://example.org' });
  });

  it('builds search unless the config file or a flag turns it off, the flag winning', async () => {
    const dir = await tempDir();
    expect((await loadConfig(dir)).search).toBe(true);
    await writeFiles(dir, { 'dateline.config.json': JSON.stringify({ search: false }) });
    expect((await loadConfig(dir)).search).toBe(false);
    await writeFiles(dir, { 'dateline.config.json': JSON.stringify({ search: true }) });
    expect((await loadConfig(dir, { search: false })).search).toBe(false);
    await writeFiles(dir, { 'dateline.config.json': JSON.stringify({ search: 'off' }) });
    await expect(loadConfig(dir)).rejects.toThrow(/dateline\.config\.json: "search" must be true or false\./);
  });

  it('names the file and the key of an unknown setting', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'dateline.config.json': '{"ouputDir": "x"}' });
    await expect(loadConfig(dir)).rejects.toThrow(/dateline\.config\.json: unknown config key "ouputDir"/);
  });

  it('reports invalid JSON and wrong types', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.json': '{"title": ', 'b.json': '{"title": 3}' });
    await expect(loadConfig(dir, { configFile: 'a.json' })).rejects.toThrow(/not valid JSON/);
    await expect(loadConfig(dir, { configFile: 'b.json' })).rejects.toThrow(/"title" must be a non-empty string/);
  });
});
