/** Builds inline fixture content into memory, for whole-site tests that assert on pages. */
import path from 'node:path';
import { build, type BuildResult } from '../../src/build.js';
import { loadConfig, type ConfigOverrides } from '../../src/config/load-config.js';
import { createMemoryWriter } from '../../src/write/write-site.js';
import { tempDir, writeFiles } from './temp-project.js';

/** The result of building a fixture site in memory: the build result and the files by output path. */
export interface BuiltSite {
  result: BuildResult;
  files: Map<string, string | Uint8Array>;
  page(outputPath: string): string;
}

/** Writes `content` to a temporary content folder and builds it with the default templates into memory. */
export async function buildFixtureSite(content: Record<string, string | Uint8Array>, overrides: ConfigOverrides = {}): Promise<BuiltSite> {
  const root = await tempDir();
  await writeFiles(path.join(root, 'content'), content);
  const config = await loadConfig(root, { contentDir: path.join(root, 'content'), outputDir: path.join(root, 'public'), ...overrides });
  const writer = createMemoryWriter();
  const result = await build(config, { writer });
  return {
    result,
    files: writer.files,
    page(outputPath) {
      const file = writer.files.get(outputPath);
      if (file === undefined) throw new Error(`No page ${outputPath}; pages: ${[...writer.files.keys()].slice(0, 20).join(', ')}`);
      return String(file);
    },
  };
}
