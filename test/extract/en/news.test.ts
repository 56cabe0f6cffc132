import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEnglish } from './extract-en.js';

type Expected = [text: string, value: number | null, unit: string, kind: string, qualifier?: string];
interface Case {
  text: string;
  figures: Expected[];
}

const cases = JSON.parse(
  readFileSync(new URL('../../fixtures/extract/en/news.json', import.meta.url), 'utf8'),
) as Case[];

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
    const want = c.figures.map(
      (e): Expected =>
        [e[0], e[1] === null ? null : Number(e[1].toPrecision(12)), e[2], e[3], ...(e[4] ? [e[4]] : [])] as Expected,
    );
    expect(sortRows(got)).toEqual(sortRows(want));
    for (const f of figures) expect(c.text.slice(f.source.start, f.source.end)).toBe(f.text);
  });
});

function sortRows(rows: Expected[]): Expected[] {
  return [...rows].sort((a, b) => a[0].localeCompare(b[0]) || String(a[1]).localeCompare(String(b[1])));
}

/** A stated range is one claim: one figure whose ends, with their own pointers, are nested in it. */
describe('English ranges and transitions', () => {
  const ends = (text: string) => {
    const figures = extractEnglish(text);
    return figures.map((f) => [
      f.text,
      f.range ?? null,
      f.ends?.map((e) => [e.text, e.value, text.slice(e.source.start, e.source.end)]) ?? null,
    ]);
  };

  it('nests the ends, the first borrowing the unit and scale of the second', () => {
    expect(ends('The project will cost $3-4bn.')).toEqual([
      [
        '$3-4bn',
        [3e9, 4e9],
        [
          ['$3', 3e9, '$3'],
          ['4bn', 4e9, '4bn'],
        ],
      ],
    ]);
    expect(ends('Temperatures of between 30 and 40 degrees are expected.')).toEqual([
      [
        'between 30 and 40 degrees',
        [30, 40],
        [
          ['30', 30, '30'],
          ['40 degrees', 40, '40 degrees'],
        ],
      ],
    ]);
  });

  it('folds "X mg to Y mg" without "from" or a verb of change; "rose 5% to 7%" is no range', () => {
    expect(ends('Patients were given 44 mg to 50 mg of ethanol.')).toEqual([
      [
        '44 mg to 50 mg',
        [44, 50],
        [
          ['44 mg', 44, '44 mg'],
          ['50 mg', 50, '50 mg'],
        ],
      ],
    ]);
    expect(extractEnglish('Sales rose 5% to 7% of revenue.').map((f) => [f.text, f.range ?? null])).toEqual([
      ['5%', null],
      ['7%', null],
    ]);
  });

  it('links a range of two whole figures: each is a claim of its own', () => {
    const figures = extractEnglish('Estimates range from $1.2 million to $23.5 million.');
    expect(figures.map((f) => [f.text, f.value, f.link?.type, f.link?.role])).toEqual([
      ['$1.2 million', 1.2e6, 'range', 'low'],
      ['$23.5 million', 23.5e6, 'range', 'high'],
    ]);
  });

  it('reads a change whose start comes second: "fell to X from Y"', () => {
    const links = (text: string) =>
      extractEnglish(text).map((f) => [f.text, f.link?.role ?? null, f.link?.trigger ?? null]);
    expect(links('The central bank cut its key rate to 4.25% from 4.5% on Thursday.')).toEqual([
      ['4.25%', 'to', 'cut'],
      ['4.5%', 'from', 'cut'],
    ]);
    // a "to" in the next clause is another change, not the end of this one
    expect(
      links('Unemployment fell to 3.9% in May from 4.1% in April, while wage growth slowed to an annual 4.3%.'),
    ).toEqual([
      ['3.9%', 'to', 'fell'],
      ['4.1%', 'from', 'fell'],
      ['4.3%', null, null],
    ]);
    // different kinds are no change of one measure
    expect(links('Its stake was raised to 5% from 3 board seats.').every(([, role]) => role === null)).toBe(true);
  });

  it('keeps a transition as two linked figures, not a range', () => {
    const figures = extractEnglish('Sales rose from $10m to $20m.');
    expect(figures.map((f) => [f.text, f.value, f.link?.role])).toEqual([
      ['$10m', 1e7, 'from'],
      ['$20m', 2e7, 'to'],
    ]);
    expect(figures.some((f) => f.range)).toBe(false);
  });
});
