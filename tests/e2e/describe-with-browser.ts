/**
 * `describe` for tests that drive Chromium. Without Chromium the suite is reported as skipped with the line that
 * installs it, so `npm test` still passes on a laptop; under CI (the `CI` variable set) a missing browser fails
 * instead, so a green CI run always means the browser tests ran.
 */
import { describe, it } from 'vitest';
import { findChromium, type ChromiumLookup } from './browser.js';

let warned = false;

/** Registers `body` as a suite when Chromium is found; otherwise one skipped (or, under CI, failing) test that says why. */
export function describeWithBrowser(name: string, body: (chromium: ChromiumLookup & { found: true }) => void, lookup: ChromiumLookup = findChromium(), env: NodeJS.ProcessEnv = process.env): void {
  if (lookup.found) {
    describe(name, () => body(lookup));
    return;
  }
  describe(name, () => {
    if (env.CI) {
      it('runs in a real browser', () => {
        throw new Error(`${lookup.reason}\nCI must run the browser tests; .ci/run installs Chromium before npm test.`);
      });
    } else {
      // The default reporter does not print skip notes, so the install line is also said once on stderr.
      if (!warned) console.warn(`Browser tests skipped: ${lookup.reason}`);
      warned = true;
      it('runs in a real browser', (context) => context.skip(lookup.reason));
    }
  });
}
