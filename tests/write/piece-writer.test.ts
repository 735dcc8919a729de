import { describe, expect, it } from 'vitest';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pieceWriter } from '../../src/write/piece-writer.js';
import { tempDir } from '../helpers/temp-project.js';

describe('the piece writer', () => {
  it('writes strings and bytes in the order given, slices of one buffer side by side or not', async () => {
    const file = path.join(await tempDir(), 'out.txt');
    const buffer = Buffer.from('abcdefghij');
    const fd = openSync(file, 'w');
    const pieces = pieceWriter(fd);
    // Adjacent slices, a string between slices, a gap in the buffer, a slice of another buffer, and a slice again.
    for (const chunk of [buffer.subarray(0, 2), buffer.subarray(2, 4), 'X', buffer.subarray(4, 5), buffer.subarray(6, 8), Buffer.from('Y'), buffer.subarray(8, 10), 'Z'.repeat(1 << 20), buffer.subarray(0, 1)]) pieces.add(chunk);
    pieces.end();
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`abcdXeghYij${'Z'.repeat(1 << 20)}a`);
  });
});
