import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toSourceFile } from '../../src/read/read-sources.js';
import { hostileText } from '../helpers/hostile-text.js';
import { insideText } from '../helpers/inside-text.js';

const bytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), hostileText.map((text) => new TextEncoder().encode(text)), fc.tuple(hostileText, fc.uint8Array({ maxLength: 8 }), hostileText).map(([a, bad, b]) => Buffer.concat([Buffer.from(a), bad, Buffer.from(b)])));

describe('toSourceFile on any bytes', () => {
  it('never throws, leaves no CR or leading BOM, and places every message inside the text', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom('a.txt', 'a.md'), (input, name) => {
        const file = toSourceFile(input, `/c/${name}`, '/c');
        const text = String(file.value);
        expect(text).not.toContain('\r');
        expect(text.charCodeAt(0)).not.toBe(0xfeff);
        for (const message of file.messages) {
          if (message.line !== undefined) expect(insideText(text, message.line, message.column ?? 1)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
