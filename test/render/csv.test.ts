import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_FIELDS } from '../../src/render/csv.js';
import { CSV_COLUMNS, renderCsv } from '../../src/render/index.js';
import { FIGURE_KEYS } from '../../src/render/json.js';
import type { Figure } from '../../src/types.js';
import { sampleSheet } from './sheets.js';

/** A strict RFC 4180 reader (CRLF records, "" escapes), for round trips; the file starts with a BOM. */
function parseCsv(file: string): string[][] {
  expect(file.startsWith('\uFEFF')).toBe(true);
  const text = file.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        field += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

const base = (): Figure => structuredClone(sampleSheet().figures[0]!);

describe('renderCsv', () => {
  it('writes the header and one CRLF-terminated record per figure', () => {
    const figures = sampleSheet().figures;
    const rows = parseCsv(renderCsv(figures));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(figures.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(record).toMatchObject({ text: '约 3.26 亿', value: '326000000', interval_low: '325500000', line: '3' });
  });

  it('has a column for every field of figures.json, a byte order mark for spreadsheets', () => {
    expect(Object.keys(CSV_FIELDS).sort()).toEqual([...FIGURE_KEYS].sort());
    expect(Object.values(CSV_FIELDS).flat().sort()).toEqual([...CSV_COLUMNS].sort());
    const figure = {
      ...base(),
      period: '2021',
      note: 'scale guessed',
      link: { type: 'transition' as const, role: 'from' as const, other: 'x#1', trigger: 'rose' },
    };
    const [, row] = parseCsv(renderCsv([figure]));
    const at = (c: (typeof CSV_COLUMNS)[number]) => row![CSV_COLUMNS.indexOf(c)];
    expect([at('period'), at('note'), at('link_trigger')]).toEqual(['2021', 'scale guessed', 'rose']);
    expect(renderCsv([]).startsWith('\uFEFFid,file,')).toBe(true);
  });

  it('matches the golden file', async () => {
    await expect(renderCsv(sampleSheet().figures)).toMatchFileSnapshot('../fixtures/render/sample/figures.csv');
  });

  it('round-trips any text through quoting', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (sentence, noun) => {
        const figure = { ...base(), sentence, noun };
        const [, row] = parseCsv(renderCsv([figure]));
        const defuse = (s: string) => (/^[=+\-@\t\r]/.test(s) && !/^[+-]\d[\d,]*(\.\d+)?%?$/.test(s) ? `'${s}` : s);
        expect(row![CSV_COLUMNS.indexOf('sentence')]).toBe(defuse(sentence));
        expect(row![CSV_COLUMNS.indexOf('noun')]).toBe(defuse(noun));
      }),
    );
  });

  it('quotes commas, quotes and line breaks', () => {
    const figure = { ...base(), sentence: 'He said "5,000"\r\nthen\nleft' };
    expect(renderCsv([figure])).toContain(',"He said ""5,000""\r\nthen\nleft"\r\n');
  });

  it('defuses formulas from source text but keeps signed numbers', () => {
    const cells = (over: Partial<Figure>) => {
      const [, row] = parseCsv(renderCsv([{ ...base(), ...over }]));
      return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row![i]]));
    };
    expect(cells({ sentence: '=HYPERLINK("http://x","y")' }).sentence).toBe(`'=HYPERLINK("http://x","y")`);
    expect(cells({ noun: '+cmd|calc' }).noun).toBe(`'+cmd|calc`);
    expect(cells({ noun: '@SUM(A1)' }).noun).toBe(`'@SUM(A1)`);
    expect(cells({ noun: '-2+3+cmd' }).noun).toBe(`'-2+3+cmd`);
    expect(cells({ noun: '\t=1' }).noun).toBe(`'\t=1`);
    expect(cells({ text: '-5', value: -5 })).toMatchObject({ text: '-5', value: '-5' });
    expect(cells({ text: '+3.5%', value: 3.5 })).toMatchObject({ text: '+3.5%', value: '3.5' });
    expect(cells({ source: { ...base().source, file: '=evil.txt' } }).file).toBe(`'=evil.txt`);
  });

  it('leaves null and open cells empty', () => {
    const row = parseCsv(renderCsv([{ ...base(), noun: null, interval: [800, null], link: undefined }]))[1]!;
    const at = (c: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(c)];
    expect([at('noun'), at('interval_low'), at('interval_high'), at('link_type')]).toEqual(['', '800', '', '']);
  });
});
