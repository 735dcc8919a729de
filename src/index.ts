/** Dateline's programmatic API: everything the CLI does, callable from scripts. */
export { build, type BuildResult, type BuildOptions } from './build.js';
export { check, type CheckResult, type CheckOptions } from './check.js';
export { extractText, type TextExtraction } from './extract-text.js';
export type { BuildHooks, StageTiming } from './build-run.js';
export { createExtractionMemo, type ExtractionMemo } from './extract/extraction-memo.js';
export { loadConfig, type Config, type ConfigOverrides } from './config/load-config.js';
export { createDiskWriter, createMemoryWriter, type Writer } from './write/write-site.js';
export { formatProblems } from './report/format-problems.js';
export { UserError } from './report/user-error.js';
export type { Problem } from './report/problem.js';
export type * from './types.js';
