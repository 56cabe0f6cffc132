import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline.js';
import type { Figure } from '../../src/types.js';

function figuresOf(file: string): { raw: string; figures: Figure[] } {
  const bytes = readFileSync(file);
  const result = processFile({ path: file, bytes });
  if ('reason' in result) throw new Error(`${file}: ${result.message}`);
  return { raw: new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), figures: result.figures };
}

/** Every UTF-8 text file under a folder: seeds and all fixture inputs. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return textFiles(p);
    return /\.(txt|md|html?)$/.test(name) ? [p] : [];
  });
}

function lineColumn(raw: string, offset: number): string {
  const before = raw.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1] ?? '').length + 1}`;
}

describe('source pointers', () => {
  const files = [...textFiles('seeds'), ...textFiles('test/fixtures')];
  it.each(files)('%s: raw.slice(start, end) === text, line and column right', (file) => {
    const { raw, figures } = figuresOf(file);
    for (const f of figures) {
      expect(raw.slice(f.source.start, f.source.end), f.id).toBe(f.text);
      expect(`${f.source.line}:${f.source.column}`, f.id).toBe(lineColumn(raw, f.source.start));
    }
  });
});

describe('the design card figures come out of the seeds', () => {
  const all = readdirSync('seeds')
    .filter((n) => n.endsWith('.txt'))
    .flatMap((n) => figuresOf(path.join('seeds', n)).figures);
  /** the first figure of seed `NNN` whose text contains `text` */
  const find = (seed: string, text: string): Figure | undefined =>
    all.find((f) => path.basename(f.source.file ?? '').startsWith(`${seed}_`) && f.text.includes(text));
  it.each([
    ['003', '1 亿欧元', 1e8, 'EUR', 'money', null, 'exact'],
    ['003', '3万平方米', 3e4, 'm^2', 'area', null, 'exact'],
    ['003', '100,000 平方米', 1e5, 'm^2', 'area', null, 'exact'],
    ['003', '3.26 亿件', 3.26e8, '', 'count', '包裹', 'approx'],
    ['003', '110 万吨', 1.1e6, 't', 'mass', null, 'exact'],
    ['003', '37 亿欧元', 3.7e9, 'EUR', 'money', null, 'exact'],
    ['003', '91 亿欧元', 9.1e9, 'EUR', 'money', null, 'exact'],
    ['001', '800', 800, '', 'count', 'ventilators', 'exact'],
  ])('%s %s → %d %s', (file, text, value, unit, kind, noun, qualifier) => {
    const f = find(file, text);
    expect(f, text).toBeDefined();
    expect(f).toMatchObject({ value, unit, kind, qualifier });
    if (noun) expect(f?.noun).toBe(noun);
  });

  it('links the trade deficit transition with its periods', () => {
    const from = find('003', '37 亿欧元');
    const to = find('003', '91 亿欧元');
    expect(from?.link).toMatchObject({ type: 'transition', role: 'from', other: to?.id });
    expect(to?.link).toMatchObject({ type: 'transition', role: 'to', other: from?.id });
    expect([from?.period, to?.period]).toEqual(['2021', '2022']);
  });

  it('tells years and dates from quantities', () => {
    expect(find('000', 'November 19, 2020')).toMatchObject({ kind: 'date', iso: '2020-11-19' });
    expect(find('001', '2018')).toMatchObject({ kind: 'year', iso: '2018' });
    expect(find('002', '2021-05-07')).toMatchObject({ kind: 'date' });
    expect(find('003', '05/10/2023')).toMatchObject({ kind: 'date', iso: expect.stringMatching(/^2023-10-05/) });
  });

  it('never takes numbers in URLs, attributes, comments or ad ids', () => {
    const noise = ['9374326915974877', '1280', '336', '280', '1696513502000', '113191652055439', '16x9', '8080'];
    for (const f of all) for (const n of noise) expect(f.text, f.id).not.toContain(n);
  });

  it('never takes page furniture', () => {
    expect(
      all.find((f) => f.text === '1.00x' || f.text === '17' || f.sentence.includes('Select Speed')),
    ).toBeUndefined();
  });
});
