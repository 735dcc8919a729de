import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toSourceFile } from '../../src/read/read-sources.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { extractArticle } from '../../src/extract/extract-article.js';

const samplePath = fileURLToPath(new URL('../../content/2020-01-03-suleimani-killed-in-baghdad-airstrike.txt', import.meta.url));

describe("the sample article's record", () => {
  const { record, problems } = extractArticle(parseSource(toSourceFile(readFileSync(samplePath), samplePath, '/')));

  it('has the date, a short headline from the lede, and its twelve body paragraphs', () => {
    expect(problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(record?.date).toBe('2020-01-03');
    expect(record?.title).toBe('Gen. Qassem Suleimani killed in an airstrike on the Baghdad International Airport');
    expect(record?.titleDerived).toBe(true);
    expect(record?.body).toHaveLength(12);
    expect(record?.body[0].text.startsWith('Gen. Qassem Suleimani, a senior Iranian commander')).toBe(true);
  });

  it('recognises the photo caption as a figure, not body text', () => {
    expect(record?.figures).toEqual([
      {
        caption: "The commander of the Iranian Revolutionary Guard's Quds Force, Gen. Qassem Suleimani, attends celebrations marking the 37th anniversary of the Islamic revolution in 2016 in Tehran.",
        credit: 'STR/AFP via Getty Images',
        before: 10,
      },
    ]);
    expect(record?.body.some((paragraph) => paragraph.text.includes('Getty Images'))).toBe(false);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
});
