import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEnglish } from './extract-en.js';

type Expected = [text: string, value: number | null, unit: string, kind: string, qualifier?: string];
interface Case {
  text: string;
  figures: Expected[];
}

const cases = JSON.parse(readFileSync(new URL('../../fixtures/extract/en/news.json', import.meta.url), 'utf8')) as Case[];

/** Every figure of each news sentence, and nothing else: names, phone numbers, times and scores are not figures. */
describe('English news sentences', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const figures = extractEnglish(c.text);
    const got = figures
      .filter((f) => f.kind !== 'date')
      .map((f): Expected => {
        const row: Expected = [f.text, f.value === null ? null : Number(f.value.toPrecision(12)), f.unit, f.kind];
        if (f.qualifier !== 'exact') row.push(f.qualifier);
        return row;
      });
    const want = c.figures.map((e): Expected => [e[0], e[1] === null ? null : Number(e[1].toPrecision(12)), e[2], e[3], ...(e[4] ? [e[4]] : [])] as Expected);
    expect(sortRows(got)).toEqual(sortRows(want));
    for (const f of figures) expect(c.text.slice(f.source.start, f.source.end)).toBe(f.text);
  });
});

function sortRows(rows: Expected[]): Expected[] {
  return [...rows].sort((a, b) => a[0].localeCompare(b[0]) || String(a[1]).localeCompare(String(b[1])));
}
