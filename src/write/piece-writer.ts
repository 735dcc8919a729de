/** Gathers strings into pieces of about a megabyte for an open file: one write per string would cost a system call each. */
import { writeSync } from 'node:fs';

/**
 * Writes what `add` is given to `fd` a piece at a time; `end` writes the rest. Bytes are not copied into a piece
 * (they are whole lines of kilobytes, and copying them would cost more than the system call), but bytes that follow
 * the last bytes given in the same buffer go out with them in one call: kept lines read through one window of a
 * cache file come one after another, and a call per line was 10,000 calls for `/data/articles.jsonl`. Bytes given
 * must therefore stay as they are until `end`.
 */
export function pieceWriter(fd: number): { add(chunk: string | Uint8Array): void; end(): void } {
  let piece = '';
  let bytes: Uint8Array | undefined;
  const flush = (): void => {
    if (piece) writeSync(fd, piece);
    piece = '';
    if (bytes) writeSync(fd, bytes);
    bytes = undefined;
  };
  return {
    add(chunk) {
      if (typeof chunk === 'string') {
        if (bytes) flush();
        piece += chunk;
        if (piece.length >= 1 << 20) flush();
      } else if (bytes && bytes.buffer === chunk.buffer && bytes.byteOffset + bytes.length === chunk.byteOffset) {
        bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length + chunk.length);
      } else {
        flush();
        bytes = chunk;
      }
    },
    end: flush,
  };
}
