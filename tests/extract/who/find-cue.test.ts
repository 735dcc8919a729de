import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/extract/who/find-cue.js';
import { SPEECH_VERBS } from '../../../src/extract/who/speech-verbs.js';

function cueWords(text: string): string[] {
  return findCues(text, 0, text.length).map((c) => text.slice(c.start, c.verbEnd));
}

describe('findCues', () => {
  it('finds every speech verb, in lower case and in capitals at the start of a text', () => {
    for (const verb of SPEECH_VERBS) {
      expect(cueWords(`Then she ${verb}.`), verb).toEqual([verb]);
      expect(cueWords(`${verb.toUpperCase()} she did.`), verb).toEqual([verb.toUpperCase()]);
    }
  });

  it('keeps a post on a platform inside the cue, never a cue of its own', () => {
    const text = 'The ministry said in a Facebook post: ';
    expect(findCues(text, 0, text.length).map((c) => c.text)).toEqual(['said in a Facebook post']);
  });

  it('passes over words that share a speech verb\u2019s first letters but not its length', () => {
    // "sa" and "te" open "said" and "tell"; these words are longer or shorter than any verb starting so.
    expect(cueWords('Then the sailors sat in the tent and tea.')).toEqual([]);
  });

  it('takes a word with a Kelvin sign that lower-cases to a speech verb, as lower-casing does', () => {
    // U+212A KELVIN SIGN lower-cases to "k" and keeps its length, so the length filter must let "as\u212As" ("asks") through.
    expect(cueWords('Then she as\u212As.')).toEqual(['as\u212As']);
  });

  it('extends "told" with its audience and "according" with "to"', () => {
    const text = '"We left," she told Reuters, according to police.';
    expect(findCues(text, 0, text.length).map((c) => [c.text, c.kind])).toEqual([['told Reuters', 'told'], ['according to', 'according-to']]);
  });
});
