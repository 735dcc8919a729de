/**
 * The W3C Nu HTML Checker (vnu-jar from npm) run on built sites: every HTML page (or every stylesheet) of some folders
 * in one Java process, because the checker takes seconds to start and milliseconds per page.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findExecutable } from './find-executable.js';
import type { ToolLookup } from './describe-with-tool.js';

/** The one line that installs the Java runtime the checker runs on. */
export const JAVA_INSTALL = 'apt-get install -y default-jre-headless';

/** Finds `java` on PATH, or says how to install it. */
export function findJava(env: NodeJS.ProcessEnv = process.env): ToolLookup {
  const executablePath = findExecutable(['java'], env);
  return executablePath ? { found: true, executablePath } : { found: false, reason: `Java is not installed, so the HTML checks did not run. Install it with: ${JAVA_INSTALL}` };
}

/** One error the checker found: the file, where in it, what is wrong, and the code there. */
export interface HtmlError {
  file: string;
  line?: number;
  column?: number;
  message: string;
  extract?: string;
}

interface CheckerMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

const require = createRequire(import.meta.url);

/** Checks every HTML page under the folders; resolves to the errors (warnings and notes are left out). */
export function checkHtml(dirs: string[], java: string): Promise<HtmlError[]> {
  return runChecker(dirs, java, '--skip-non-html');
}

/** Checks every stylesheet under the folders; resolves to the errors. */
export function checkCss(dirs: string[], java: string): Promise<HtmlError[]> {
  // Separate from checkHtml: with --also-check-css the checker reports HTML errors one line too early.
  return runChecker(dirs, java, '--skip-non-css');
}

async function runChecker(dirs: string[], java: string, only: string): Promise<HtmlError[]> {
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  // The checker exits 1 when it finds errors; its JSON report says which, so only a missing report is a failure.
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(java, ['-jar', jar, '--format', 'json', '--stdout', only, ...dirs], { maxBuffer: 256 * 1024 * 1024 }, (error, out, err) => {
      if (out.trim().startsWith('{')) resolve(out);
      else reject(new Error(`The HTML checker did not report: ${error?.message ?? ''}\n${err}`));
    });
  });
  const { messages } = JSON.parse(stdout) as { messages: CheckerMessage[] };
  return messages
    .filter((message) => message.type !== 'info')
    .map((message) => ({
      file: message.url ? new URL(message.url).pathname : dirs.join(', '),
      line: message.lastLine,
      column: message.firstColumn ?? message.lastColumn,
      message: message.message,
      extract: message.extract,
    }));
}
