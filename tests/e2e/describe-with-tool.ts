/**
 * `describe` for tests that need a program the machine may lack (Chromium, Java). Without it the suite is reported
 * as skipped with the line that installs it, so `npm test` still passes on a laptop; under CI (the `CI` variable
 * set) a missing program fails instead, so a green CI run always means these tests ran.
 */
import { describe, it } from 'vitest';

/** A program found at a path, or why it was not found (with the line that installs it). */
export type ToolLookup = { found: true; executablePath: string } | { found: false; reason: string };

const warned = new Set<string>();

/** Registers `body` as a suite when the program was found; otherwise one skipped (or, under CI, failing) test that says why. */
export function describeWithTool(name: string, lookup: ToolLookup, body: (tool: ToolLookup & { found: true }) => void, env: NodeJS.ProcessEnv = process.env): void {
  if (lookup.found) {
    describe(name, () => body(lookup));
    return;
  }
  describe(name, () => {
    if (env.CI) {
      it('runs', () => {
        throw new Error(`${lookup.reason}\nCI must run these tests; .ci/run installs what they need before npm test.`);
      });
    } else {
      // The default reporter does not print skip notes, so the install line is also said once on stderr.
      if (!warned.has(lookup.reason)) console.warn(`Tests skipped: ${lookup.reason}`);
      warned.add(lookup.reason);
      it('runs', (context) => context.skip(lookup.reason));
    }
  });
}
