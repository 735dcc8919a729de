/**
 * A string's UTF-16 code units in a typed array, for scanners that read every character: V8 compiles a
 * `charCodeAt` call in a loop to some 40 machine instructions (it re-checks the string's representation each time),
 * a typed-array read to about 10, and Node copies a string into one natively.
 */

/** Whether this machine stores a Uint16Array little-endian, as Node writes 'utf16le'. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let scratch = new Uint16Array(1 << 12);
let scratchBytes = Buffer.from(scratch.buffer);
/** The text the scratch array holds: the cue finder asks for the same paragraph once per quote near it. */
let held: string | undefined;

/**
 * The code units of `text`, valid until the next call: the array is reused, so use it before calling again and
 * read only the first `text.length` entries.
 */
export function codeUnitsOf(text: string): Uint16Array {
  if (text === held) return scratch;
  if (text.length > scratch.length) {
    scratch = new Uint16Array(Math.max(text.length, scratch.length * 2));
    scratchBytes = Buffer.from(scratch.buffer);
  }
  if (LITTLE_ENDIAN) scratchBytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) scratch[i] = text.charCodeAt(i);
  held = text;
  return scratch;
}
