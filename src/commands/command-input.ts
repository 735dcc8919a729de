/** What the CLI hands every command. */
import type { ConfigOverrides } from '../config/load-config.js';
import type { Verbosity } from '../report/progress-reporter.js';

/** A command's arguments after its name, the parsed flags, the config overrides they make, and where to print. */
export interface CommandInput {
  args: string[];
  values: Record<string, string | boolean | undefined>;
  overrides: ConfigOverrides;
  verbosity: Verbosity;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream & { isTTY?: boolean };
}
