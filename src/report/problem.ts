/** A problem to report to the user, placed in a file. Everything the build complains about becomes one. */
import type { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];

/** One reported problem. `file` is the path as shown to the user; line and column are 1-based. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  reason: string;
  ruleId: string;
}

/** Converts a vfile message (`fatal: true` is an error, anything else a warning) to a problem for `file`. */
export function fromVFileMessage(message: VFileMessage, file: string): Problem {
  return {
    file,
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: message.fatal ? 'error' : 'warning',
    reason: message.reason,
    ruleId: (message.ruleId ?? 'unknown').replace(/^dateline:/, ''),
  };
}
