/** Puts a streamed file, hashing it as it is written, and keeps it only when its bytes changed. */
import { createHash } from 'node:crypto';
import type { StreamedFile } from '../types.js';
import type { ManifestBuilder } from './output-manifest.js';
import type { SiteWrite } from './write-site.js';

/**
 * Stages the file in one pass while hashing it, then records the hash in the manifest and keeps the file only when
 * its bytes differ from the last build's: the same outcome as `differs` then `put`, without holding it whole. A file
 * `madeFromInputs` is not hashed: its recorded inputs stand for its bytes. True when it was kept.
 */
export async function putStreamed(file: StreamedFile, output: SiteWrite, manifest: ManifestBuilder): Promise<boolean> {
  if (file.madeFromInputs) return output.putLines(file.path, file.lines, () => manifest.differsByInputs(file.path));
  const hasher = createHash('sha1');
  return output.putLines(file.path, hashed(file.lines, hasher), () => manifest.differsByHash(file.path, hasher.digest('base64url')));
}

/** The chunks, each fed to the hasher as it passes. */
async function* hashed(lines: AsyncIterable<string | Uint8Array>, hasher: ReturnType<typeof createHash>): AsyncIterable<string | Uint8Array> {
  for await (const line of lines) {
    hasher.update(line);
    yield line;
  }
}
