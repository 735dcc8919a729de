/** `describe` for tests that drive Chromium: skipped with the install line without it, failing under CI. */
import { findChromium, type ChromiumLookup } from './browser.js';
import { describeWithTool } from './describe-with-tool.js';

/** Registers `body` as a suite when Chromium is found; otherwise one skipped (or, under CI, failing) test that says why. */
export function describeWithBrowser(name: string, body: (chromium: ChromiumLookup & { found: true }) => void, lookup: ChromiumLookup = findChromium(), env: NodeJS.ProcessEnv = process.env): void {
  describeWithTool(name, lookup, body, env);
}
