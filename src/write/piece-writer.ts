/** Gathers strings into pieces of about a megabyte for an open file: one write per string would cost a system call each. */
import { writeSync } from 'node:fs';

/** Writes what `add` is given to `fd` a piece at a time; `end` writes the rest. */
export function pieceWriter(fd: number): { add(chunk: string): void; end(): void } {
  let piece = '';
  return {
    add(chunk) {
      piece += chunk;
      if (piece.length >= 1 << 20) {
        writeSync(fd, piece);
        piece = '';
      }
    },
    end() {
      if (piece) writeSync(fd, piece);
    },
  };
}
