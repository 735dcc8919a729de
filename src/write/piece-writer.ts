/** Gathers strings into pieces of about a megabyte for an open file: one write per string would cost a system call each. */
import { writeSync } from 'node:fs';

/**
 * Writes what `add` is given to `fd` a piece at a time; `end` writes the rest. Bytes are written as they come (after
 * the text gathered before them): they are whole lines of kilobytes, and copying them into a piece would cost more
 * than the system call.
 */
export function pieceWriter(fd: number): { add(chunk: string | Uint8Array): void; end(): void } {
  let piece = '';
  const flush = (): void => {
    if (piece) writeSync(fd, piece);
    piece = '';
  };
  return {
    add(chunk) {
      if (typeof chunk !== 'string') {
        flush();
        writeSync(fd, chunk);
        return;
      }
      piece += chunk;
      if (piece.length >= 1 << 20) flush();
    },
    end: flush,
  };
}
